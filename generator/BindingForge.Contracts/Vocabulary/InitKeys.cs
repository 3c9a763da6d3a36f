namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of one entry of a struct's <c>init:</c> mapping.</summary>
public static class InitKeys
{
    public static readonly KeyRow Cleanup = new("cleanup", ValueShape.Function, "the cleanup that undoes this init")
    {
        Diff = new(ChangeImpact.Behaviour, "cleanup `{value}`"),
    };

    public static readonly KeyRow Name = MetaKeys.Name with
    {
        Doc = "C# factory name",
        Diff = new(ChangeImpact.Breaking, "factory name {value}"),
    };

    public static readonly KeyTable Table = new("an init entry", [Cleanup, Name, .. MetaKeys.Provenance]);
}
