namespace BindingForge.Benchmarks.Report;

/// <summary>One workload or call with every variant's result.</summary>
/// <param name="Key">The workload or call key.</param>
/// <param name="Cells">The variants, in report order.</param>
public sealed record SummaryRow(string Key, IReadOnlyList<SummaryCell> Cells)
{
    /// <summary>The median of <paramref name="variant"/>, or null.</summary>
    public double? Nanoseconds(string variant) => Cells.FirstOrDefault(c => c.Variant == variant)?.Nanoseconds;

    /// <summary><paramref name="variant"/> divided by <paramref name="baseline"/>, or null when either is missing.</summary>
    public double? Ratio(string variant, string baseline) =>
        Nanoseconds(variant) is { } value && Nanoseconds(baseline) is { } reference && reference > 0 ? value / reference : null;
}
