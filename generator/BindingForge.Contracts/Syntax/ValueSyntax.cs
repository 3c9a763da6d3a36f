using BindingForge.Model;

namespace BindingForge.Contracts.Syntax;

/// <summary><c>value:</c> as written: a number, a macro or enumerator name, or <c>{ sizeof: T }</c>.</summary>
public sealed record ValueSyntax(SourceLocation Location)
{
    public SymbolOrNumber? Constant { get; init; }

    public Located<string>? SizeOf { get; init; }

    /// <summary><c>{ text: "..." }</c>: a string the contract fixes.</summary>
    public Located<string>? Text { get; init; }
}
