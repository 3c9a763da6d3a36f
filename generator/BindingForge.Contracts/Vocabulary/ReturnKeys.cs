using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of a function's <c>returns:</c> (docs/contract-format.md, "Return facts").</summary>
public static class ReturnKeys
{
    public static readonly KeyRow Error = new("error", new SymbolShape(SymbolKind.Entry), "non-success codes throw (BF2107, BF2113)")
    {
        Diff = new(ChangeImpact.Behaviour, "{value}", Meaning: "error mapping changes"),
    };

    public static readonly KeyRow Success = new("success", new ListShape(Shapes.SymbolOrNumber),
        "**extension.** With `error`: the success codes this function returns, of its domain's; with one the safe method returns nothing (`void`), with several it returns the code")
    {
        Diff = new(ChangeImpact.Breaking, "returns the success codes [{value}]", "returns its domain's success codes", "whether the method returns the code changes"),
    };

    public static readonly KeyRow NullIsError = new("null_is_error", ValueShape.Flag, "a null return throws")
    {
        Default = "false",
        Diff = new(ChangeImpact.Behaviour, "null is an error", "null is not an error"),
    };

    public static readonly KeyRow NullMayBeError = new("null_may_be_error", new OneOfShape(new SymbolShape(SymbolKind.Entry), new MappingShape(NullErrorKeys.Table)),
        "**extension.** A NULL result is either a real NULL or a failure (out of memory): the safe method asks the domain's `code` and throws when it says failure (or, with `codes`, is one of them); needs `nullable: true` (BF2122)")
    {
        Diff = new(ChangeImpact.Behaviour, "a NULL may be a failure of `{value}`", "a NULL is a value", "a NULL that meant failure throws instead of being returned"),
    };

    public static readonly KeyRow NullCode = new("null_code", Shapes.SymbolOrNumber,
        "**extension.** With `null_is_error`: the code a NULL result stands for (`SQLITE_NOMEM`); the exception carries it and the text of the domain's `code_text`, since the failure may not have set the handle's message (BF2122)")
    {
        Diff = new(ChangeImpact.Behaviour, "a NULL is code {value}", "a NULL has no code", "the exception of a NULL result changes"),
    };

    public static readonly KeyRow ErrorParent = new("error_parent", ValueShape.Parameter,
        "**extension.** Of the `parent` list, the handle that holds the returned handle's error state (`sqlite3_backup_init`: `pDest`) (BF2124)")
    {
        Diff = new(ChangeImpact.Behaviour, "error state on `{value}`", "no error parent", "which handle's message a failure carries changes"),
    };

    public static readonly EnumKeyRow<StringEncoding> String = new("string", Spellings.String, "copied into a `string`")
    {
        Diff = new(ChangeImpact.Breaking, "a string", "not a string", "the C# return type changes"),
    };

    /// <summary>How <c>diff</c> words a changed encoding of a return that is a string before and after.</summary>
    public static readonly DiffWording Encoding = new(ChangeImpact.Behaviour, "string: {value}", Meaning: "text is decoded differently");

    public static readonly KeyRow Owned = new("owned", Shapes.Owned, "caller frees: a handle by its `release`, anything else by `free` (required)");

    public static readonly KeyRow Borrowed = new("borrowed", Shapes.Borrowed,
        "caller must not free; valid until one of the calls on the same handle, or while the argument lives; `true` alone means while the handle lives");

    public static readonly KeyRow Nullable = new("nullable", ValueShape.Flag, "the C# return type is nullable")
    {
        Default = "false",
        Diff = new(ChangeImpact.Breaking, "nullable", "not nullable", "callers must now handle null")
        {
            Lost = (ChangeImpact.Behaviour, "a null return is no longer expected"),
        },
    };

    public static readonly KeyRow Length = new("length", Shapes.Length, "the returned buffer's element count")
    {
        Diff = new(ChangeImpact.Breaking, "{value}", Meaning: "the returned buffer's C# type changes"),
    };

    public static readonly KeyRow Element = new("element", ValueShape.CType, "element type of a `void*` buffer");

    public static readonly KeyRow Parent = new("parent", Shapes.Parents, "the handles the returned handle keeps alive")
    {
        Diff = new(ChangeImpact.Behaviour, "keeps parameters {value} alive", "no parents"),
    };

    public static readonly KeyRow Bool = new("bool", ValueShape.Flag,
        "**extension.** The integer result is a yes/no answer (non-zero is yes): the safe method returns `bool`")
    {
        Default = "false",
        Diff = new(ChangeImpact.Breaking, "a yes/no answer (bool)", "a number", "the C# return type changes"),
    };

    public static readonly KeyRow FromPool = new("from_pool", ValueShape.Parameter,
        "**extension.** Allocated from that pool argument (a `pool: true` handle): never freed on its own, valid until the pool is cleared or released; text is copied, a handle is invalid afterwards. With `owned` (a subpool): its release frees it, and the pool's clear or release ends it too (BF2140)")
    {
        Diff = new(ChangeImpact.Behaviour, "allocated from pool `{value}`", "not from a pool", "what ends the value's lifetime changes"),
    };

    public static readonly KeyRow DuplicateOf = new("duplicate_of", ValueShape.Parameter,
        "**extension.** With `owned`: the returned handle duplicates that handle argument, copying its settings with its callbacks and user data, so it shares that handle's `scope: handle` and `forever` callbacks and `kept_by` arguments: each lives until neither handle holds it (BF2153)")
    {
        Diff = new(ChangeImpact.Behaviour, "a duplicate of `{value}` (shares its registrations)", "not a duplicate", "which callbacks and kept arguments the new handle holds changes"),
    };

    public static readonly KeyRow Updates = new("updates", ValueShape.Parameter,
        "**extension.** The result is that handle argument's object at its possibly new address (an append that returns a list's new head, realloc): on success the handle is updated in place and the method returns nothing; NULL is a failure that throws and leaves the argument valid and unchanged (BF2151)")
    {
        Diff = new(ChangeImpact.Breaking, "updates `{value}` in place", "returns a value", "the C# method returns nothing instead of a handle, or the reverse"),
    };

    public static readonly KeyTable Table = new("`returns`",
        [Error, Success, Bool, NullIsError, NullMayBeError, NullCode, String, Owned, Borrowed, Nullable, Length, Element, Parent, ErrorParent, FromPool, DuplicateOf, Updates, .. MetaKeys.Provenance]);
}
