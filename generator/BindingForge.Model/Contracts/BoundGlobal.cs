using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// An exported variable with the contract's facts: a static property of the safe layer's library class, read-only
/// unless <see cref="Settable"/>, a copied <c>string</c> when <see cref="String"/> is set.
/// </summary>
public sealed record BoundGlobal(GlobalDecl Decl, Provenance Provenance)
{
    /// <summary>C# property name (<c>name:</c>), when renamed.</summary>
    public string? Name { get; init; }

    public StringEncoding? String { get; init; }

    /// <summary>A text pointer that may be NULL.</summary>
    public bool Nullable { get; init; }

    /// <summary>The property has a setter.</summary>
    public bool Settable { get; init; }

    public SkipFact? Skip { get; init; }

    public string CName => Decl.Name;
}
