namespace BindingForge.Benchmarks.Report;

/// <summary>Everything summary.json, summary.md and the charts show.</summary>
/// <param name="Machine">Facts about the machine and the run, in display order.</param>
/// <param name="Workloads">sqlite insert/select and zlib deflate: medians over the launches.</param>
/// <param name="Calls">The per-call benchmarks: medians over the launches.</param>
public sealed record Summary(
    IReadOnlyList<KeyValuePair<string, string>> Machine,
    IReadOnlyList<SummaryRow> Workloads,
    IReadOnlyList<SummaryRow> Calls)
{
    /// <summary>Each launch's own summary, in launch order; empty for a summary of one launch.</summary>
    public IReadOnlyList<Summary> Launches { get; init; } = [];

    /// <summary>The workload row called <paramref name="key"/>, or null.</summary>
    public SummaryRow? Workload(string key) => Workloads.FirstOrDefault(r => r.Key == key);

    /// <summary>The call row called <paramref name="key"/>, or null.</summary>
    public SummaryRow? Call(string key) => Calls.FirstOrDefault(r => r.Key == key);

    /// <summary>The row called <paramref name="key"/> in either section, or null.</summary>
    public SummaryRow? Row(string key) => Workload(key) ?? Call(key);

    /// <summary>
    /// <paramref name="ratio"/> taken inside each launch (both sides measured under the same load), as a median
    /// with its range; a summary without launches is its own single launch. Null when no launch has both sides.
    /// </summary>
    public RatioRange? Range(Func<Summary, double?> ratio) =>
        RatioRange.Of(Launches.Count > 0 ? Launches.Select(ratio) : [ratio(this)]);

    /// <summary>Each variant of row <paramref name="key"/> over its thin baseline (see <see cref="ExpectedVariants.ThinBaseline"/>), per launch.</summary>
    public RatioRange? ToThin(string key, string variant) =>
        Range(s => s.Row(key) is { } row && ExpectedVariants.ThinBaseline(s.Section(row), row) is { } thin && thin > 0 ? row.Nanoseconds(variant) / thin : null);

    /// <summary><paramref name="variant"/> over <paramref name="baseline"/> in row <paramref name="key"/>, per launch.</summary>
    public RatioRange? Ratio(string key, string variant, string baseline) => Range(s => s.Row(key)?.Ratio(variant, baseline));

    private IReadOnlyList<SummaryRow> Section(SummaryRow row) => Workloads.Contains(row) ? Workloads : Calls;
}
