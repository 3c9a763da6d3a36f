using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of one entry under <c>structs:</c> (extension: caller-allocated structs with init/cleanup pairs).</summary>
public static class StructKeys
{
    public static readonly KeyRow Class = new("class", ValueShape.Identifier, "C# name of the safe type")
    {
        Diff = new(ChangeImpact.Breaking, "class `{value}`", Meaning: "class renamed"),
    };

    public static readonly KeyRow Init = new("init", new OneOfShape(new ListShape(ValueShape.Function), new EntriesShape(InitKeys.Table)),
        "functions that initialise the zeroed struct in place: a list (all use `cleanup`), or a mapping to each one's own cleanup")
    {
        Required = true,
    };

    public static readonly KeyRow Cleanup = new("cleanup", ValueShape.Function, "undoes an init; takes the struct pointer as its only argument; called exactly once");

    public static readonly KeyRow Fields = new("fields", new EntriesShape(FieldKeys.Table), "fields the library reads or writes across calls");

    public static readonly EnumKeyRow<HandleThreading> Threading = HandleKeys.Threading with { Doc = "which threads may use it" };

    public static readonly EnumKeyRow<ReleaseThread> ReleaseOn = HandleKeys.ReleaseOn with { Diff = null };

    public static readonly KeyRow Name = MetaKeys.Name with { Doc = "synonym of `class`" };

    public static readonly KeyTable Table = new("a struct entry",
        Class, Init, Cleanup, Fields, Threading, ReleaseOn, MetaKeys.Status, MetaKeys.Source, MetaKeys.Note, MetaKeys.Skip, Name);
}
