using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Diff;

/// <summary>
/// The errors of one version of a contract as diff changes: every entry the binder left out, or bound without the
/// facts that had errors (the diff cannot say what changes for it, so it says that, instead of guessing why a fact or
/// the whole entry is gone), and every other error. Both are <see cref="ChangeKind.Error"/>, which fails any <c>--fail-on</c>.
/// </summary>
internal static class LeftOutEntries
{
    public static void Report(SafeApi side, ChangeLog log)
    {
        var errors = side.Binding.Errors;
        if (errors.IsEmpty)
            return;
        var entries = Entries(side).OrderBy(e => e.At.Line).ToList();
        var attached = new HashSet<Diagnostic>();
        foreach (var (subject, at, missing) in entries)
        {
            var next = entries.Where(e => e.At.Line > at.Line).Select(e => e.At.Line).DefaultIfEmpty(int.MaxValue).Min();
            var own = errors.Where(d => d.Location.Line >= at.Line && d.Location.Line < next).ToList();
            if (!missing && own.Count == 0)
                continue;
            attached.UnionWith(own);
            log.LeftOut.Add(subject);
            var why = own.Count == 0 ? "see `bindingforge check`" : string.Join("; ", own.Select(d => $"{d.Id} {d.Message}"));
            log.Add(ChangeKind.Error, subject, $"{side.Side.Label}: left out of the comparison because the entry has errors ({why}); what changes for it is unknown until they are fixed", null, at);
        }

        foreach (var error in errors.Where(d => !attached.Contains(d)))
            log.Add(ChangeKind.Error, "contract", $"{side.Side.Label}: {error.Id} {error.Message}", null, error.Location);
    }

    private static IEnumerable<(string Subject, SourceLocation At, bool Missing)> Entries(SafeApi side)
    {
        var (document, contract) = (side.Side.Document, side.Binding.Contract);
        foreach (var f in document.Functions)
            yield return ($"`{f.CName.Value}`", f.CName.Location, contract.FindFunction(f.CName.Value) is null);
        foreach (var h in document.Handles)
            yield return ($"handle `{h.CType.Value}`", h.CType.Location, contract.FindHandle(h.CType.Value) is null);
        foreach (var s in document.Structs)
            yield return ($"struct `{s.CType.Value}`", s.CType.Location, contract.FindStruct(s.CType.Value) is null);
        foreach (var e in document.Errors)
            yield return ($"error domain `{e.Key.Value}`", e.Key.Location, contract.FindError(e.Key.Value) is null);
    }
}
