namespace BindingForge.Generator.Rendering;

/// <summary>
/// A bitfield accessor: <paramref name="Getter"/> is a complete C# expression; <paramref name="Setter"/> holds one
/// expression (an expression-bodied setter) or several statements (a block).
/// </summary>
internal sealed record PropertyRender(IReadOnlyList<string> DocLines, string Type, string Name, string Getter, IReadOnlyList<string> Setter)
{
    /// <summary>True when the setter is one expression, printed as <c>set =&gt; …;</c>.</summary>
    public bool SetterIsExpression => Setter.Count == 1;
}
