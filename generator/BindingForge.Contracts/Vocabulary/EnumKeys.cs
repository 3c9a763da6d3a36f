namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of one entry under <c>enums:</c>: a group of C constants the safe layer shows as a C# enum.</summary>
public static class EnumKeys
{
    public static readonly KeyRow Values = new("values", ValueShape.TextList,
        "the members: macro or enumerator names, globs over them (`SQLITE_OPEN_*`), or a C enum type (all its enumerators); integer constants only (BF2190)")
    {
        Required = true,
        Diff = new(ChangeImpact.Breaking, "values {value}", Meaning: "members come or go"),
    };

    public static readonly KeyRow Exclude = new("exclude", ValueShape.TextList, "names or globs left out of `values`")
    {
        Diff = new(ChangeImpact.Breaking, "excludes {value}", Meaning: "members come or go"),
    };

    public static readonly KeyRow Flags = new("flags", ValueShape.Flag, "the members are bits that combine with `|`: a `[Flags]` enum")
    {
        Default = "false",
        Diff = new(ChangeImpact.Behaviour, "flags", "plain enum", "the enum's [Flags] attribute (its ToString) comes or goes"),
    };

    public static readonly KeyRow Members = new("members", new EntriesShape(EnumMemberKeys.Table),
        "renames, keyed by the C name: `SQLITE_OPEN_READWRITE: { name: ReadWrite }`; by default a member is its C name without the prefix the members share, in PascalCase")
    {
        Diff = new(ChangeImpact.Breaking, "member names {value}", Meaning: "callers name the members"),
    };

    public static readonly KeyTable Table = new("an enum entry", Values, Exclude, Flags, Members, MetaKeys.Status, MetaKeys.Source, MetaKeys.Note);
}

/// <summary>The keys of one entry under an enum's <c>members:</c>.</summary>
public static class EnumMemberKeys
{
    public static readonly KeyRow Name = MetaKeys.Name with
    {
        Doc = "the C# member name",
        Required = true,
        Diff = new(ChangeImpact.Breaking, "named `{value}`", "default name", "callers name the member"),
    };

    public static readonly KeyTable Table = new("an enum member", Name);
}
