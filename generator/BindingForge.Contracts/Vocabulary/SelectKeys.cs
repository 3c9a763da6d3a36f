namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of <c>library: select:</c>: which C symbols are bound (globs).</summary>
public static class SelectKeys
{
    public static readonly KeyRow Include = new("include", ValueShape.TextList, "globs of the C symbols to bind; unlisted = everything from the named headers")
    {
        Diff = new(ChangeImpact.Behaviour, "{value}", Meaning: "functions entering or leaving the selection are listed below"),
    };

    public static readonly KeyRow Exclude = new("exclude", ValueShape.TextList, "globs of the C symbols not to bind")
    {
        Diff = Include.Diff,
    };

    public static readonly KeyTable Table = new("`select`", Include, Exclude);
}
