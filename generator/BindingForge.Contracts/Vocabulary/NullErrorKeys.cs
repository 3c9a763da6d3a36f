namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of <c>null_may_be_error: { error: domain, codes: [...] }</c> (extension).</summary>
public static class NullErrorKeys
{
    public static readonly KeyRow Error = new("error", new SymbolShape(SymbolKind.Entry), "the error domain whose `code` tells a NULL value from a failure") { Required = true };

    public static readonly KeyRow Codes = new("codes", new ListShape(Shapes.SymbolOrNumber),
        "only these codes make a NULL a failure (`[SQLITE_NOMEM]`); default: any code outside the domain's `success`")
    {
        Diff = new(ChangeImpact.Behaviour, "failure codes [{value}]", "any failure code", "which NULL results throw changes"),
    };

    public static readonly KeyTable Table = new("`null_may_be_error`", Error, Codes);
}
