namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of one item of a variadic function's <c>forms:</c>: a fixed-arity way to call it.</summary>
public static class FormKeys
{
    public static readonly KeyRow Signature = new("signature", new SymbolShape(SymbolKind.CPrototype),
        "the form's C prototype, the function's fixed parameters first (`\"int sqlite3_db_config(sqlite3 *db, int op, int value, int *result)\"`); the C shim calls the variadic function with these arguments after C's default promotions")
    {
        Required = true,
        Diff = new(ChangeImpact.Breaking, "form `{value}`", "no form", "the thin and safe overloads take other parameters"),
    };

    public static readonly KeyRow Options = new("options", new MappingShape(OptionKeys.Table),
        "the values of one parameter (the option) this form is right for; any other value is refused before the call")
    {
        Diff = new(ChangeImpact.Behaviour, "options", "no options", "which option values the safe overload accepts changes"),
    };

    public static readonly KeyRow Params = new("params", new EntriesShape(ParamKeys.Table),
        "[parameter facts](#parameter-facts) of this form's parameters, over the function's `params` of the same name");

    public static readonly KeyRow Name = MetaKeys.Name with { Doc = "C# method name of this form's safe overload; by default the function's" };

    public static readonly KeyTable Table = new("a form", Signature, Options, Params, Name);
}
