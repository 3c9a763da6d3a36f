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

    /// <summary>The word <c>lock:</c> takes for "the handle's own lock": the safe layer's lock per native handle.</summary>
    public const string HandleLock = "handle";

    public static readonly KeyRow Code = new("code", ValueShape.Function,
        "**extension.** Takes the handle and returns its current error code (`sqlite3_errcode`): how `null_may_be_error` tells a real NULL from a failure")
    {
        Diff = new(ChangeImpact.Behaviour, "error code from `{value}`", "no error code function", "which NULL results throw changes"),
    };

    public static readonly KeyRow CodeText = new("code_text", ValueShape.Function,
        "**extension.** Takes a code and returns its text (`sqlite3_errstr`): the message of a failure with no handle to ask (a factory that ran out of memory)")
    {
        Diff = new(ChangeImpact.Behaviour, "code text from `{value}`", "no code text function", "the message of failures without a handle changes"),
    };

    public static readonly KeyRow Lock = new("lock", new OneOfShape(new EnumShape([HandleLock]), new MappingShape(LockKeys.Table)),
        "**extension.** What guards the handle's error state: `{ mutex, enter, leave }` (the library's lock) or `handle` (a lock the safe layer keeps per handle); a call on a free-threaded handle then holds it across the call and the error read")
    {
        Diff = new(ChangeImpact.Behaviour, "error state locked by {value}", "error state not locked", "concurrent calls may now (or no longer) read another call's message"),
    };

    public static readonly KeyRow Exception = new("exception", ValueShape.Identifier, "default: the key in PascalCase + \"Exception\"")
    {
        Diff = new(ChangeImpact.Breaking, "exception `{value}`", Meaning: "catch clauses must change"),
    };

    public static readonly KeyRow Name = MetaKeys.Name with { Doc = "synonym of `exception`" };

    public static readonly KeyRow Enum = new("enum", ValueShape.Identifier,
        "**extension.** The codes are an `enums:` entry's members: the exception's `Code` and the codes methods return have that enum's type (BF2191)")
    {
        Diff = new(ChangeImpact.Breaking, "enum `{value}`", "a number", "the exception's Code and returned codes change type"),
    };

    public static readonly KeyTable Table = new("an errors entry",
        Type, Success, Message, Code, CodeText, Lock, Exception, Enum, MetaKeys.Status, MetaKeys.Source, MetaKeys.Note, MetaKeys.Skip, Name);
}
