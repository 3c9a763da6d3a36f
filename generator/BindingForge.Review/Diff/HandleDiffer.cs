using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;

namespace BindingForge.Review.Diff;

/// <summary>Changes to <c>handles:</c>: a class that disappears or is renamed breaks callers; release, threading and parents change behaviour.</summary>
internal static class HandleDiffer
{
    public static void Compare(BoundContract a, BoundContract b, ChangeLog log)
    {
        foreach (var key in a.Handles.Select(h => h.CTypeName).Union(b.Handles.Select(h => h.CTypeName)))
        {
            var (before, after) = (a.FindHandle(key), b.FindHandle(key));
            var subject = $"handle `{key}`";
            if (after is null)
                log.Add(ChangeKind.Breaking, subject, $"removed: class `{before!.ClassName}` is no longer generated", before.ClassName, before.Provenance.Location);
            else if (before is null)
                log.Add(ChangeKind.Additive, subject, $"new handle class `{after.ClassName}`", after.ClassName, after.Provenance.Location);
            else
                Changed(before, after, subject, log);
        }
    }

    private static void Changed(BoundHandle a, BoundHandle b, string subject, ChangeLog log)
    {
        var at = b.Provenance.Location;
        var api = b.ClassName;
        log.Compare(a.ClassName, b.ClassName, HandleKeys.Class.Diff!, subject, api, at);
        log.Compare(a.Skip is not null, b.Skip is not null, HandleKeys.Skip.Diff!, subject, api, at);
        log.Compare(a.Release?.Name, b.Release?.Name, HandleKeys.Release.Diff!, subject, api, at);
        log.Compare(a.Retain?.Name, b.Retain?.Name, HandleKeys.Retain.Diff!, subject, api, at);
        log.Compare(a.Parent, b.Parent, HandleKeys.Parent.Diff!, subject, api, at);
        log.Compare(a.IsPool, b.IsPool, HandleKeys.Pool.Diff!, subject, api, at);
        log.Compare(FactText.Threading(a.Threading), FactText.Threading(b.Threading), HandleKeys.Threading.Diff!, subject, api, at);
        log.Compare(HandleKeys.ReleaseOn.Spelling.TextOf(a.ReleaseOn), HandleKeys.ReleaseOn.Spelling.TextOf(b.ReleaseOn), HandleKeys.ReleaseOn.Diff!, subject, api, at);
        log.Compare(FactText.Status(a.Provenance.Status), FactText.Status(b.Provenance.Status), MetaKeys.Status.Diff!, subject, api, at);
    }
}
