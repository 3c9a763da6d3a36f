using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;

namespace BindingForge.Review.Diff;

/// <summary>
/// Changes to <c>globals:</c>: a property that disappears, is renamed, loses its setter or changes its type breaks
/// callers; a new one is additive.
/// </summary>
internal static class GlobalDiffer
{
    public static void Compare(BoundContract a, BoundContract b, ChangeLog log)
    {
        var (older, newer) = (ByName(a), ByName(b));
        foreach (var key in a.Globals.Select(g => g.CName).Union(b.Globals.Select(g => g.CName)))
        {
            var (before, after) = (older.GetValueOrDefault(key), newer.GetValueOrDefault(key));
            var subject = $"global `{key}`";
            if (after is null)
                log.Add(ChangeKind.Breaking, subject, "removed from the safe API: its property is no longer generated", before!.Name, before.Provenance.Location);
            else if (before is null)
                log.Add(ChangeKind.Additive, subject, "new property of the library class", after.Name, after.Provenance.Location);
            else
                Changed(before, after, subject, log);
        }
    }

    /// <summary>The globals by C name, the first entry of a name winning, as <see cref="Enumerable.FirstOrDefault{T}(IEnumerable{T})"/> would.</summary>
    private static Dictionary<string, BoundGlobal> ByName(BoundContract contract) =>
        contract.Globals.GroupBy(g => g.CName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static void Changed(BoundGlobal a, BoundGlobal b, string subject, ChangeLog log)
    {
        var at = b.Provenance.Location;
        var api = b.Name ?? a.Name;
        log.Compare(a.Name, b.Name, GlobalKeys.Name.Diff!, subject, api, at);
        log.Compare(a.String is not null, b.String is not null, GlobalKeys.String.Diff!, subject, api, at);
        log.Compare(a.Nullable, b.Nullable, GlobalKeys.Nullable.Diff!, subject, api, at);
        log.Compare(a.Settable, b.Settable, GlobalKeys.Settable.Diff!, subject, api, at);
        log.Compare(a.Skip is not null, b.Skip is not null, GlobalKeys.Skip.Diff!, subject, api, at);
        log.Compare(FactText.Status(a.Provenance.Status), FactText.Status(b.Provenance.Status), MetaKeys.Status.Diff!, subject, api, at);
    }
}
