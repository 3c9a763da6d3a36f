using BindingForge.Model;

namespace BindingForge.Contracts.Syntax;

/// <summary>A value written either as a number or as the name of a macro or enumerator. Exactly one is set.</summary>
public sealed record SymbolOrNumber(string? Symbol, Int128? Number, SourceLocation Location)
{
    public override string ToString() => Symbol ?? Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
