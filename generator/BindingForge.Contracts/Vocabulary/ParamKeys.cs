using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of one entry under a function's <c>params:</c> (docs/contract-format.md, "Parameter facts").</summary>
public static class ParamKeys
{
    public static readonly EnumKeyRow<StringEncoding> String = new("string", Spellings.String, "`string` / `ReadOnlySpan<byte>` in, `string` out")
    {
        Diff = new(ChangeImpact.Breaking, "a string", "not a string", "the C# parameter type changes"),
    };

    /// <summary>How <c>diff</c> words a changed encoding of a parameter that is a string before and after.</summary>
    public static readonly DiffWording Encoding = new(ChangeImpact.Behaviour, "string: {value}", Meaning: "text is encoded differently");

    public static readonly KeyRow Nullable = new("nullable", ValueShape.Flag, "may be null; otherwise null throws ArgumentNullException before the call")
    {
        Default = "false",
        Diff = new(ChangeImpact.Additive, "nullable", "non-nullable", "null is now accepted")
        {
            Lost = (ChangeImpact.Breaking, "passing null now throws ArgumentNullException"),
        },
    };

    public static readonly EnumKeyRow<OutKind> Out = new("out", Spellings.Out, "the callee fills it; the method returns the value (several: a named tuple)")
    {
        Diff = new(ChangeImpact.Breaking, "out: {value}", "no out", "the C# parameter changes"),
    };

    public static readonly KeyRow Free = new("free", ValueShape.Function, "how that value is freed")
    {
        Diff = new(ChangeImpact.Behaviour, "free `{value}`", "no free"),
    };

    public static readonly KeyRow Of = new("of", ValueShape.Parameter, "the value points into that argument and lives as long as it");

    public static readonly KeyRow Owned = new("owned", Shapes.Owned, "same as `out: owned` (with `free`)");

    public static readonly KeyRow Borrowed = new("borrowed", Shapes.Borrowed, "same as `out: borrowed`");

    /// <summary>The spelling of <c>consumed: on_success</c>.</summary>
    public const string OnSuccess = "on_success";

    public static readonly KeyRow Consumed = new("consumed", new OneOfShape(ValueShape.Flag, new EnumShape([OnSuccess])),
        "the callee takes ownership: the SafeHandle is marked released and never freed again; **extension** `on_success`: only when the call succeeds, so after a failure the caller still owns it (needs a return that tells failure, BF2154)")
    {
        Default = "false",
        Diff = new(ChangeImpact.Behaviour, "consumed", "not consumed", "who frees the argument changes"),
    };

    /// <summary>How <c>diff</c> words a consumed argument that became consumed only on success, or the reverse.</summary>
    public static readonly DiffWording ConsumedWhen = new(ChangeImpact.Behaviour, "consumed only when the call succeeds", "consumed whatever the call's outcome",
        "who frees the argument after a failed call changes");

    public static readonly KeyRow KeptBy = new("kept_by", ValueShape.Parameter,
        "**extension.** The call stores this handle argument's pointer without copying it: that handle argument keeps it alive (its native release waits, even past its Dispose) until the same parameter is set again (null empties it), the keeper is reset (`resets`) or released; a duplicate (`duplicate_of`) keeps it too (BF2150)")
    {
        Diff = new(ChangeImpact.Behaviour, "kept alive by `{value}`", "not kept alive", "how long the argument must live changes"),
    };

    public static readonly EnumKeyRow<ArrayDirection> Array = new("array", Spellings.Array, "`ReadOnlySpan<T>` / `Span<T>`; the length argument is computed")
    {
        Diff = new(ChangeImpact.Breaking, "array: {value}", "not an array", "the C# parameter type changes"),
    };

    public static readonly KeyRow Length = new("length", Shapes.Length, "which argument carries the element (or byte) count")
    {
        Diff = new(ChangeImpact.Breaking, "{value}", Meaning: "the parameter list changes"),
    };

    public static readonly KeyRow Element = new("element", ValueShape.CType, "element type where the header says `void*` (required then, BF2013)")
    {
        Diff = new(ChangeImpact.Breaking, "element {value}", "no element type"),
    };

    public static readonly KeyRow Callback = new("callback", new MappingShape(CallbackKeys.Table), "see below")
    {
        Diff = new(ChangeImpact.Breaking, "a callback", "not a callback"),
    };

    public static readonly KeyRow InOut = new("inout", ValueShape.Flag, "*extension*: the callee reads and writes it (C# `ref`)")
    {
        Default = "false",
        Diff = new(ChangeImpact.Breaking, "inout", "not inout"),
    };

    public static readonly KeyRow Value = new("value", new OneOfShape(new IntegerShape(), new SymbolShape(SymbolKind.Constant), new MappingShape(ValueKeys.Table)),
        "*extension*: the argument is fixed; the safe method hides the parameter")
    {
        Diff = new(ChangeImpact.Breaking, "fixed by `value`", "asked for", "the parameter appears in or disappears from the C# signature"),
    };

    public static readonly KeyRow Parent = new("parent", Shapes.Parents, "*extension (list)*: the handles the new handle keeps alive");

    public static readonly KeyRow Fields = new("fields", Shapes.Names, "*extension*: the struct's buffer fields this call uses")
    {
        Diff = new(ChangeImpact.Breaking, "fields [{value}]", "no fields"),
    };

    public static readonly KeyRow FromPool = new("from_pool", ValueShape.Parameter,
        "**extension.** On an `out` handle: allocated from that pool argument, as `returns: from_pool` (BF2140)")
    {
        Diff = new(ChangeImpact.Behaviour, "allocated from pool `{value}`", "not from a pool", "what ends the value's lifetime changes"),
    };

    public static readonly KeyRow MovesTo = new("moves_to", ValueShape.Parameter,
        "**extension.** On a handle allocated from a pool: after the call it belongs to that pool argument (talloc's steal), and ends with it instead (BF2140)")
    {
        Diff = new(ChangeImpact.Behaviour, "moves to pool `{value}`", "does not move", "which pool the object lives and dies with changes"),
    };

    public static readonly KeyRow Optional = new("optional", ValueShape.Flag,
        "*extension*: with `out`, the callee accepts NULL for it; the safe method passes NULL and does not hand the value back")
    {
        Default = "false",
        Diff = new(ChangeImpact.Breaking, "optional (not handed back)", "handed back", "the value leaves or joins the method's result"),
    };

    public static readonly KeyRow Name = MetaKeys.Name with
    {
        Doc = "rename the C# parameter",
        Diff = new(ChangeImpact.Breaking, "C# name {value}", Meaning: "named arguments break"),
    };

    public static readonly KeyTable Table = new("a parameter entry",
    [
        String, Nullable, Out, Free, Of, Owned, Borrowed, Consumed, Array, Length, Element, Callback, InOut, Value, Parent, Fields, Optional, FromPool, MovesTo, KeptBy, Name,
        .. MetaKeys.Provenance,
    ]);
}
