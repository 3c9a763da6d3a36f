using BindingForge.Model;

namespace BindingForge.Contracts.Syntax;

/// <summary>A value read from a contract, with where its value starts and where its key starts.</summary>
/// <param name="Location">The value's position.</param>
public sealed record Located<T>(T Value, SourceLocation Location)
{
    /// <summary>The position of the key that introduced the value; the value's own position for list items.</summary>
    public SourceLocation KeyLocation { get; init; } = Location;

    public override string ToString() => $"{Value}";
}
