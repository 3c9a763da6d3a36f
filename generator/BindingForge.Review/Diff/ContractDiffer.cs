using BindingForge.Review.Surface;

namespace BindingForge.Review.Diff;

/// <summary>
/// Compares two versions of a contract semantically: both are bound against their headers (every selected function
/// included), the safe API names each implies are computed, and every difference is classified as breaking,
/// behaviour, additive or review-only; the errors of either version come first. When both sides carry an API record
/// of their bound C surface, the surface changes are classified beside the contract's (<see cref="SurfaceDiffer"/>).
/// Changes come out most severe first, then in file order.
/// </summary>
public static class ContractDiffer
{
    public static ContractDiff Compare(DiffSide before, DiffSide after, string path)
    {
        var a = SafeApi.Build(before);
        var b = SafeApi.Build(after);
        var log = new ChangeLog();
        LeftOutEntries.Report(a, log);
        LeftOutEntries.Report(b, log);
        LibraryDiffer.Compare(a.Binding.Contract.Library, b.Binding.Contract.Library, a.LibraryClass, b.LibraryClass, log);
        HandleDiffer.Compare(a.Binding.Contract, b.Binding.Contract, log);
        ErrorDiffer.Compare(a.Binding.Contract, b.Binding.Contract, log);
        StructDiffer.Compare(a.Binding.Contract, b.Binding.Contract, log);
        FunctionDiffer.Compare(a, b, log);
        GlobalDiffer.Compare(a.Binding.Contract, b.Binding.Contract, log);
        var ordered = log.Items.OrderBy(c => c.Kind).ThenBy(c => c.Location.Line).ThenBy(c => c.Subject, StringComparer.Ordinal);
        var surface = before.Surface is { } old && after.Surface is { } now
            ? SurfaceDiffer.Compare(old, now, new SafeMembers(name => b.MemberOf(name) ?? a.MemberOf(name), name => b.ClassOf(name) ?? a.ClassOf(name)))
            : null;
        return new ContractDiff(path, before.Label, after.Label, [.. ordered])
        {
            Surface = surface,
            OldSurfaceSource = before.SurfaceSource,
            NewSurfaceSource = after.SurfaceSource,
        };
    }
}
