using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of one entry under <c>functions:</c>.</summary>
public static class FunctionKeys
{
    public static readonly KeyRow Returns = new("returns", new MappingShape(ReturnKeys.Table), "[return facts](#return-facts)");

    public static readonly KeyRow Params = new("params", new EntriesShape(ParamKeys.Table), "[parameter facts](#parameter-facts); names must exist (BF2102)");

    public static readonly KeyRow Leaf = new("leaf", ValueShape.Flag, "short, no callbacks, never blocks; conflicts with `blocking` and callback parameters (BF2109)")
    {
        Default = "false",
        Diff = new(ChangeImpact.Behaviour, "leaf", "not leaf", "SuppressGCTransition changes"),
    };

    public static readonly KeyRow NoCallbacks = new("no_callbacks", ValueShape.Flag,
        "**extension.** No callback of any registration runs during the call, though it may block or take a lock (so it cannot be `leaf`)")
    {
        Default = "false",
        Diff = new(ChangeImpact.Behaviour, "no_callbacks", "may call back", "the safe layer's re-entry bookkeeping changes"),
    };

    public static readonly EnumKeyRow<HandleAccess> Access = new("access", Spellings.Access,
        "**extension.** Mutability: `read` when the call only reads the handles it takes (no state they keep changes, nothing borrowed from them is invalidated), `mutate` when it may change them; on a `readers-writer` handle read calls run side by side and every other call alone. Conflicts with consuming or clearing a handle (BF2160); needs a handle argument (BF2161)")
    {
        Default = "mutate",
        Diff = new(ChangeImpact.Behaviour, "access: {value}", Meaning: "which calls may run beside each other on a readers-writer handle changes"),
    };

    public static readonly KeyRow Blocking = new("blocking", ValueShape.Flag, "documented as possibly blocking")
    {
        Default = "false",
        Diff = new(ChangeImpact.Behaviour, "blocking", "not blocking"),
    };

    public static readonly KeyRow Errno = new("errno", ValueShape.Flag, "capture errno (Marshal.GetLastPInvokeError) into the exception")
    {
        Default = "false",
        Diff = new(ChangeImpact.Behaviour, "captures errno", "no errno"),
    };

    public static readonly KeyRow Signature = new("signature", new SymbolShape(SymbolKind.CPrototype),
        "**extension.** The C prototype of a function its header declares without one (`int f();`), such as `\"int f(int count, const char *name)\"`: type names of the headers, `*`, `,`, brackets, `...`; the header's own prototype always wins (BF1013)")
    {
        Diff = new(ChangeImpact.Breaking, "signature `{value}`", "no signature", "the thin and safe methods take other parameters"),
    };

    public static readonly KeyRow Forms = new("forms", new ListShape(new MappingShape(FormKeys.Table)),
        "**extension.** The fixed-arity [forms](#variadic-functions-and-function-like-macros) of a variadic function, each called through the C shim; without forms a variadic function is not bound (BF3001)");

    public static readonly KeyRow Recover = new("recover", ValueShape.Function,
        "**extension.** Called with the call's handle when the call failed, after the error was read and before the exception leaves (`sqlite3_step`: `sqlite3_reset`); takes that handle only (BF2123)")
    {
        Diff = new(ChangeImpact.Behaviour, "recovers with `{value}`", "no recovery", "what runs after a failed call changes"),
    };

    public static readonly KeyRow ErrorLock = new("error_lock", ValueShape.Flag,
        "**extension.** `false`: the call does not take its error domain's `lock`, because it takes several handles' locks itself in its own order (`sqlite3_backup_step`) and taking one first could deadlock; its message may then come from another thread's call")
    {
        Default = "true",
        Diff = new(ChangeImpact.Behaviour, "takes the error-state lock", "does not take the error-state lock"),
    };

    public static readonly KeyRow Clears = new("clears", ValueShape.Parameter,
        "**extension.** The call clears that pool argument (a `pool: true` handle): everything allocated from it and its subpools ends before the call, its `scope: pool` callbacks are freed after it; the pool stays usable (BF2140)")
    {
        Diff = new(ChangeImpact.Behaviour, "clears pool `{value}`", "clears nothing", "objects of the pool end at this call"),
    };

    public static readonly KeyRow Resets = new("resets", ValueShape.Parameter,
        "**extension.** The call resets that handle argument's settings: after it returns, the handle's `scope: handle` callbacks and `kept_by` arguments are released (shared ones when no duplicate holds them); the handle stays usable (BF2152)")
    {
        Diff = new(ChangeImpact.Behaviour, "resets `{value}`", "resets nothing", "what the call releases changes"),
    };

    public static readonly KeyRow Probe = new("probe", new MappingShape(ProbeKeys.Table),
        "**extension.** How `bindingforge probe` may call the function by itself: [probe hints](#probe-hints); never read by generation")
    {
        Diff = new(ChangeImpact.Review, "probe hints", "no probe hints"),
    };

    public static readonly KeyRow Skip = MetaKeys.Skip with { Diff = new(ChangeImpact.Review, "skip: {value}", "no skip reason") };

    public static readonly KeyRow Name = MetaKeys.Name with { Doc = "C# method name" };

    public static readonly KeyTable Table = new("a function entry",
        Returns, Params, Signature, Forms, Leaf, NoCallbacks, Access, Blocking, Errno, Recover, ErrorLock, Clears, Resets, Probe, MetaKeys.Status, MetaKeys.Source, MetaKeys.Note, Skip, Name);
}
