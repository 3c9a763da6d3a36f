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
        log.Compare(a.ClassName, b.ClassName, ChangeKind.Breaking, subject, n => $"class `{n}`", api, at, "handle class renamed");
        log.Compare(a.Skip is null, b.Skip is null, b.Skip is null ? ChangeKind.Additive : ChangeKind.Breaking, subject,
            bound => bound ? "generated" : "skipped", api, at);
        log.Compare(a.Release?.Name, b.Release?.Name, ChangeKind.Behaviour, subject, r => r is null ? "no release" : $"release `{r}`", api, at, "Dispose calls a different function");
        log.Compare(a.Retain?.Name, b.Retain?.Name, ChangeKind.Behaviour, subject, r => r is null ? "no retain" : $"retain `{r}`", api, at);
        log.Compare(a.Parent, b.Parent, ChangeKind.Behaviour, subject, p => p is null ? "no parent" : $"parent `{p}`", api, at, "which handle is kept alive changes");
        log.Compare(a.Threading, b.Threading, ChangeKind.Behaviour, subject, t => $"threading: {FactText.Threading(t)}", api, at, "threading enforcement changes");
        log.Compare(a.ReleaseOn, b.ReleaseOn, ChangeKind.Behaviour, subject, r => r == ReleaseThread.Any ? "release_on: any" : "release_on: creating-thread", api, at);
        log.Compare(a.Provenance.Status, b.Provenance.Status, ChangeKind.Review, subject, s => $"status {FactText.Status(s)}", api, at);
    }
}
