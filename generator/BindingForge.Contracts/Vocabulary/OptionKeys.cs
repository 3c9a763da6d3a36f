namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of a form's <c>options: { param: op, values: [...] }</c>: an option family.</summary>
public static class OptionKeys
{
    public static readonly KeyRow Param = new("param", ValueShape.Parameter, "the parameter that selects the option") { Required = true };

    public static readonly KeyRow Values = new("values", new ListShape(Shapes.SymbolOrNumber),
        "macro or enumerator names, or numbers: the options whose value has this form's types")
    {
        Required = true,
    };

    public static readonly KeyRow Enum = new("enum", ValueShape.Identifier,
        "the C# enum the safe overload takes for the option, its members the values' names without their common prefix")
    {
        Diff = new(ChangeImpact.Breaking, "option enum `{value}`", "int options", "callers name the option by another type"),
    };

    public static readonly KeyTable Table = new("`options`", Param, Values, Enum);
}
