using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of one entry under <c>handles:</c>.</summary>
public static class HandleKeys
{
    public static readonly KeyRow Class = new("class", ValueShape.Identifier, "C# class; default: the C name in PascalCase (`name:` is a synonym)")
    {
        Diff = new(ChangeImpact.Breaking, "class `{value}`", Meaning: "handle class renamed"),
    };

    public static readonly KeyRow Release = new("release", ValueShape.Function, "frees it; must take exactly one argument, the handle")
    {
        Diff = new(ChangeImpact.Behaviour, "release `{value}`", "no release", "Dispose calls a different function"),
    };

    public static readonly KeyRow Retain = new("retain", ValueShape.Function, "makes a new owning reference; one argument, the handle")
    {
        Diff = new(ChangeImpact.Behaviour, "retain `{value}`", "no retain"),
    };

    public static readonly KeyRow Base = new("base", ValueShape.CType,
        "**extension.** The handle's base type in the library's object system (another handle): a handle without `release`/`retain`/`sink` uses its base's, and in a hierarchy these may take the base's type or `void *` (`g_object_unref(gpointer)`, `obj_decref(void *)`)")
    {
        Diff = new(ChangeImpact.Behaviour, "base `{value}`", "no base", "which release and retain it inherits changes"),
    };

    public static readonly KeyRow Sink = new("sink", ValueShape.Function,
        "**extension.** Turns a floating reference into a full one (`g_object_ref_sink`); the safe layer calls it when it adopts a `floating` result; one argument, the handle (or its base, or `void *` in a hierarchy)")
    {
        Diff = new(ChangeImpact.Behaviour, "sink `{value}`", "no sink", "how floating references are adopted changes"),
    };

    public static readonly KeyRow Parent = new("parent", ValueShape.CType, "the handle that must outlive this one; must name another handle")
    {
        Diff = new(ChangeImpact.Behaviour, "parent `{value}`", "no parent", "which handle is kept alive changes"),
    };

    public static readonly EnumKeyRow<HandleThreading> Threading = new("threading", Spellings.Threading, "which threads may use it")
    {
        Default = "exclusive",
        Diff = new(ChangeImpact.Behaviour, "threading: {value}", Meaning: "threading enforcement changes"),
    };

    public static readonly EnumKeyRow<ReleaseThread> ReleaseOn = new("release_on", Spellings.ReleaseOn, "where release must run")
    {
        Default = "any",
        Diff = new(ChangeImpact.Behaviour, "release_on: {value}"),
    };

    public static readonly KeyRow Pool = new("pool", ValueShape.Flag,
        "**extension.** A pool or arena: what is allocated from it (`from_pool`) is never freed on its own and is valid until the pool is cleared (`clears`) or released; its release destroys all of it, subpools included")
    {
        Default = "false",
        Diff = new(ChangeImpact.Behaviour, "a pool", "not a pool", "objects allocated from it end when it is cleared or released"),
    };

    public static readonly KeyRow Skip = MetaKeys.Skip with { Diff = new(ChangeImpact.Breaking, "skipped", "generated") { Lost = (ChangeImpact.Additive, null) } };

    public static readonly KeyRow Name = MetaKeys.Name with { Doc = "synonym of `class`" };

    public static readonly KeyTable Table = new("a handle entry",
        Class, Release, Retain, Base, Sink, Parent, Threading, ReleaseOn, Pool, MetaKeys.Status, MetaKeys.Source, MetaKeys.Note, Skip, Name);
}
