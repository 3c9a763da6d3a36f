namespace BindingForge.Benchmarks.Report;

/// <summary>Everything summary.json, summary.md and the charts show.</summary>
/// <param name="Machine">Facts about the machine and the run, in display order.</param>
/// <param name="Workloads">sqlite insert/select and zlib deflate.</param>
/// <param name="Calls">The per-call benchmarks.</param>
public sealed record Summary(
    IReadOnlyList<KeyValuePair<string, string>> Machine,
    IReadOnlyList<SummaryRow> Workloads,
    IReadOnlyList<SummaryRow> Calls)
{
    /// <summary>The workload row called <paramref name="key"/>, or null.</summary>
    public SummaryRow? Workload(string key) => Workloads.FirstOrDefault(r => r.Key == key);

    /// <summary>The call row called <paramref name="key"/>, or null.</summary>
    public SummaryRow? Call(string key) => Calls.FirstOrDefault(r => r.Key == key);
}
