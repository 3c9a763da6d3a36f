using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;

namespace BindingForge.Review.Diff;

/// <summary>Changes to <c>library:</c>: the namespace and static class are part of every caller's code; the rest changes what is bound.</summary>
internal static class LibraryDiffer
{
    public static void Compare(BoundLibrary a, BoundLibrary b, string oldClass, string newClass, ChangeLog log)
    {
        var at = b.Location;
        log.Compare(a.Namespace, b.Namespace, LibraryKeys.Namespace.Diff!, "library namespace", null, at);
        log.Compare(oldClass, newClass, LibraryKeys.Class.Diff!, "library class", null, at);
        log.Compare(a.Name, b.Name, LibraryKeys.Name.Diff!, "library name", null, at);
        log.Compare(Join(a.Headers), Join(b.Headers), LibraryKeys.Headers.Diff!, "library headers", null, at);
        log.Compare(Join(a.Defines), Join(b.Defines), LibraryKeys.Defines.Diff!, "library defines", null, at);
        log.Compare(Join(a.Include), Join(b.Include), SelectKeys.Include.Diff!, "library select include", null, at);
        log.Compare(Join(a.Exclude), Join(b.Exclude), SelectKeys.Exclude.Diff!, "library select exclude", null, at);
    }

    private static string Join(IEnumerable<string> items) => items.Any() ? "[" + string.Join(", ", items) + "]" : "(none)";
}
