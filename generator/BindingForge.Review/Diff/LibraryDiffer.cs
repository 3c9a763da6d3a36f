using BindingForge.Model.Contracts;

namespace BindingForge.Review.Diff;

/// <summary>Changes to <c>library:</c>: the namespace and static class are part of every caller's code; the rest changes what is bound.</summary>
internal static class LibraryDiffer
{
    public static void Compare(BoundLibrary a, BoundLibrary b, string oldClass, string newClass, ChangeLog log)
    {
        var at = b.Location;
        log.Compare(a.Namespace, b.Namespace, ChangeKind.Breaking, "library namespace", FactText.Name, null, at, "every generated type moves");
        log.Compare(oldClass, newClass, ChangeKind.Breaking, "library class", n => n, null, at, "the static class of free functions is renamed");
        log.Compare(a.Name, b.Name, ChangeKind.Behaviour, "library name", n => n, null, at, "the native library loaded changes");
        log.Compare(Join(a.Headers), Join(b.Headers), ChangeKind.Behaviour, "library headers", s => s, null, at);
        log.Compare(Join(a.Defines), Join(b.Defines), ChangeKind.Behaviour, "library defines", s => s, null, at);
        log.Compare(Join(a.Include), Join(b.Include), ChangeKind.Behaviour, "library select include", s => s, null, at, "functions entering or leaving the selection are listed below");
        log.Compare(Join(a.Exclude), Join(b.Exclude), ChangeKind.Behaviour, "library select exclude", s => s, null, at, "functions entering or leaving the selection are listed below");
    }

    private static string Join(IEnumerable<string> items) => items.Any() ? "[" + string.Join(", ", items) + "]" : "(none)";
}
