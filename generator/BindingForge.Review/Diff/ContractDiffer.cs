using System.Collections.Immutable;

namespace BindingForge.Review.Diff;

/// <summary>
/// Compares two versions of a contract semantically: both are bound against their headers (every selected function
/// included), the safe API names each implies are computed, and every difference is classified as breaking,
/// behaviour, additive or review-only. Changes come out most severe first, then in file order.
/// </summary>
public static class ContractDiffer
{
    public static ContractDiff Compare(DiffSide before, DiffSide after, string path)
    {
        var a = SafeApi.Build(before);
        var b = SafeApi.Build(after);
        var log = new ChangeLog();
        LibraryDiffer.Compare(a.Binding.Contract.Library, b.Binding.Contract.Library, a.LibraryClass, b.LibraryClass, log);
        HandleDiffer.Compare(a.Binding.Contract, b.Binding.Contract, log);
        ErrorDiffer.Compare(a.Binding.Contract, b.Binding.Contract, log);
        StructDiffer.Compare(a.Binding.Contract, b.Binding.Contract, log);
        FunctionDiffer.Compare(a, b, log);
        var ordered = log.Items.OrderBy(c => c.Kind).ThenBy(c => c.Location.Line).ThenBy(c => c.Subject, StringComparer.Ordinal);
        return new ContractDiff(path, before.Label, after.Label, [.. ordered]);
    }
}
