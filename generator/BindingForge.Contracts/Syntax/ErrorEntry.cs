using System.Collections.Immutable;

namespace BindingForge.Contracts.Syntax;

/// <summary>One entry under <c>errors:</c>; <see cref="Key"/> is the domain's name.</summary>
public sealed record ErrorEntry(Located<string> Key, EntryMeta Meta)
{
    /// <summary><c>type:</c>, a C type name (<c>int</c>, a typedef, an enum).</summary>
    public Located<string>? Type { get; init; }

    public ImmutableArray<SymbolOrNumber>? Success { get; init; }

    public Located<string>? Message { get; init; }

    public Located<string>? Exception { get; init; }

    /// <summary><c>code:</c>, the function that reads a handle's current error code.</summary>
    public Located<string>? Code { get; init; }

    /// <summary><c>code_text:</c>, the code-to-text function for failures without a handle.</summary>
    public Located<string>? CodeText { get; init; }

    public LockSyntax? Lock { get; init; }

    /// <summary><c>enum:</c> (extension): the <c>enums:</c> entry the codes are members of.</summary>
    public Located<string>? Enum { get; init; }
}
