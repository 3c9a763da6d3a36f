using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of a function's <c>returns:</c> (docs/contract-format.md, "Return facts").</summary>
public static class ReturnKeys
{
    public static readonly KeyRow Error = new("error", new SymbolShape(SymbolKind.Entry), "non-success codes throw (BF2107, BF2113)")
    {
        Diff = new(ChangeImpact.Behaviour, "{value}", Meaning: "error mapping changes"),
    };

    public static readonly KeyRow NullIsError = new("null_is_error", ValueShape.Flag, "a null return throws")
    {
        Default = "false",
        Diff = new(ChangeImpact.Behaviour, "null is an error", "null is not an error"),
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

    public static readonly KeyTable Table = new("`returns`",
        [Error, NullIsError, String, Owned, Borrowed, Nullable, Length, Element, Parent, .. MetaKeys.Provenance]);
}
