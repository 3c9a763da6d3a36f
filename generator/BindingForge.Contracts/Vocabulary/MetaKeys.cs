using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys entries and facts share: provenance (<c>status</c>, <c>source</c>, <c>note</c>), <c>skip</c> and <c>name</c>.</summary>
public static class MetaKeys
{
    public static readonly EnumKeyRow<FactStatus> Status = new("status", Spellings.Status,
        "provenance for review (`verified`: confirmed by `bindingforge probe`); `--strict` refuses inferred facts; absent means hand-written, unmarked")
    {
        Diff = new(ChangeImpact.Review, "status {value}"),
    };

    public static readonly KeyRow Source = new("source", ValueShape.Text, "where the fact came from (doc line, attribute, naming rule, test)");

    public static readonly KeyRow Note = new("note", ValueShape.Text, "free text for reviewers");

    public static readonly KeyRow Skip = new("skip", new OneOfShape(ValueShape.Flag, ValueShape.Text),
        "not bound in the safe style (the thin style still binds it unless `select` excludes it)")
    {
        Default = "false",
    };

    public static readonly KeyRow Name = new("name", ValueShape.Identifier, "rename the C# member");

    /// <summary>The keys every fact mapping accepts.</summary>
    public static readonly KeyRow[] Provenance = [Status, Source, Note];

    /// <summary>The keys every entry that becomes a C# member accepts.</summary>
    public static readonly KeyRow[] EntryMeta = [Status, Source, Note, Skip, Name];
}
