using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;

namespace BindingForge.Review.Diff;

/// <summary>Collects changes while the differs walk two contracts; <see cref="Demoted"/> turns every change into review-only.</summary>
internal sealed class ChangeLog
{
    public List<ContractChange> Items { get; } = [];

    /// <summary>True while comparing facts of a function the safe layer binds in neither version: nothing in the API changes.</summary>
    public bool Demoted { get; set; }

    /// <summary>Subjects of entries left out because of errors (<c>`f`</c>, <c>handle `h`</c>): changes about them are not guessed.</summary>
    public HashSet<string> LeftOut { get; } = new(StringComparer.Ordinal);

    public void Add(ChangeKind kind, string subject, string description, string? api, SourceLocation location)
    {
        if (kind != ChangeKind.Error && LeftOut.Any(s => subject == s || subject.StartsWith(s + " ", StringComparison.Ordinal)))
            return;
        Items.Add(new ContractChange(Demoted && kind != ChangeKind.Error ? ChangeKind.Review : kind, subject, description, api, location));
    }

    /// <summary>Adds a change when <paramref name="before"/> and <paramref name="after"/> differ, described as <c>before → after</c>.</summary>
    public void Compare<T>(T before, T after, ChangeKind kind, string subject, Func<T, string> text, string? api, SourceLocation location, string? meaning = null)
    {
        if (EqualityComparer<T>.Default.Equals(before, after))
            return;
        var described = $"{text(before)} → {text(after)}";
        if (described.Length > 0 && text(before) == text(after))
            return;
        Add(kind, subject, meaning is null ? described : $"{described}: {meaning}", api, location);
    }

    /// <summary>Adds a change when a flag differs, worded and classified by its vocabulary row (<c>consumed → not consumed</c>).</summary>
    public void Compare(bool before, bool after, DiffWording wording, string subject, string? api, SourceLocation location) =>
        Compare(before, after, Kind(wording.ImpactOf(after)), subject, wording.Text, api, location, wording.MeaningOf(after));

    /// <summary>Adds a change when a value differs, worded and classified by its vocabulary row (<c>release `a` → release `b`</c>).</summary>
    public void Compare(string? before, string? after, DiffWording wording, string subject, string? api, SourceLocation location) =>
        Compare(before, after, Kind(wording.ImpactOf(after is not null)), subject, wording.Text, api, location, wording.MeaningOf(after is not null));

    private static ChangeKind Kind(ChangeImpact impact) => impact switch
    {
        ChangeImpact.Breaking => ChangeKind.Breaking,
        ChangeImpact.Behaviour => ChangeKind.Behaviour,
        ChangeImpact.Additive => ChangeKind.Additive,
        _ => ChangeKind.Review,
    };
}
