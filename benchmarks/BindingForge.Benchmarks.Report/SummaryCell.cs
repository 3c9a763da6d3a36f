namespace BindingForge.Benchmarks.Report;

/// <summary>One variant's result in a summary row; null values mean "not implemented yet" or "failed".</summary>
/// <param name="Variant">The binding.</param>
/// <param name="Nanoseconds">Median nanoseconds per row, chunk or call.</param>
/// <param name="AllocatedBytes">Managed bytes allocated per row, chunk or call.</param>
public sealed record SummaryCell(string Variant, double? Nanoseconds, double? AllocatedBytes);
