namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of one entry under <c>errors:</c>.</summary>
public static class ErrorKeys
{
    public static readonly KeyRow Type = new("type", ValueShape.Text, "the C return type (a builtin, typedef or enum of the header)") { Required = true };

    public static readonly KeyRow Success = new("success", new ListShape(Shapes.SymbolOrNumber), "macro or enumerator names, or numbers")
    {
        Required = true,
        Diff = new(ChangeImpact.Behaviour, "success [{value}]", "success []", "which return codes throw changes"),
    };

    public static readonly KeyRow Message = new("message", ValueShape.Function, "optional message function")
    {
        Diff = new(ChangeImpact.Behaviour, "message `{value}`", "no message function"),
    };

    public static readonly KeyRow Exception = new("exception", ValueShape.Identifier, "default: the key in PascalCase + \"Exception\"")
    {
        Diff = new(ChangeImpact.Breaking, "exception `{value}`", Meaning: "catch clauses must change"),
    };

    public static readonly KeyRow Name = MetaKeys.Name with { Doc = "synonym of `exception`" };

    public static readonly KeyTable Table = new("an errors entry",
        Type, Success, Message, Exception, MetaKeys.Status, MetaKeys.Source, MetaKeys.Note, MetaKeys.Skip, Name);
}
