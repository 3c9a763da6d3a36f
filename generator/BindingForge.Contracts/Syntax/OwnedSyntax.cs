using BindingForge.Model;

namespace BindingForge.Contracts.Syntax;

/// <summary><c>owned: true|false</c> or <c>owned: { free: fn }</c>, as written.</summary>
public sealed record OwnedSyntax(SourceLocation Location)
{
    public Located<bool>? Flag { get; init; }

    public Located<string>? Free { get; init; }

    /// <summary><c>floating: true</c>: a returned handle whose reference is floating.</summary>
    public Located<bool>? Floating { get; init; }

    /// <summary><c>elements:</c>, the function that releases one element of an owned container.</summary>
    public Located<string>? Elements { get; init; }

    /// <summary>True unless the contract wrote <c>owned: false</c>.</summary>
    public bool IsStated => Flag?.Value ?? true;
}
