using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// The caller owns the value and must free it (<c>owned:</c>, or <c>out: owned</c> with <c>free:</c>).
/// </summary>
/// <param name="Free">The function that frees it; null when the value is a handle (its <c>release</c> frees it)
/// or when the contract said only <c>owned: true</c>.</param>
public sealed record OwnedFact(FunctionDecl? Free, SourceLocation Location)
{
    /// <summary>A returned handle whose reference is floating: sunk with the handle's <c>sink</c> on adoption.</summary>
    public bool IsFloating { get; init; }

    /// <summary>For a container owned with its elements: the function that releases one element, which <see cref="Free"/> takes as its second argument.</summary>
    public FunctionDecl? Elements { get; init; }
}
