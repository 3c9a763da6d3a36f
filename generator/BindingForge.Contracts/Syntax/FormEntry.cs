using System.Collections.Immutable;
using BindingForge.Model;

namespace BindingForge.Contracts.Syntax;

/// <summary>One item of a variadic function's <c>forms:</c>: a fixed-arity prototype to call it with.</summary>
public sealed record FormEntry(Located<string> Signature, SourceLocation Location)
{
    /// <summary><c>name:</c>, the safe overload's C# name.</summary>
    public Located<string>? Name { get; init; }

    /// <summary><c>options:</c>, the option values this form is for.</summary>
    public OptionsSyntax? Options { get; init; }

    /// <summary><c>params:</c>, facts of this form's parameters.</summary>
    public ImmutableArray<ParamEntry> Params { get; init; } = [];
}

/// <summary><c>options: { param: op, values: [...], enum: Name }</c> as written.</summary>
public sealed record OptionsSyntax(Located<string> Param, ImmutableArray<SymbolOrNumber> Values, SourceLocation Location)
{
    public Located<string>? Enum { get; init; }
}
