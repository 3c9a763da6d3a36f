namespace BindingForge.Benchmarks.Report;

/// <summary>One of issue 6's targets, evaluated on a summary.</summary>
/// <param name="Description">What is compared, e.g. <c>safe / thin, sqlite insert</c>.</param>
/// <param name="Value">The measured ratio, or null when a side is missing.</param>
/// <param name="AtMost">True when the ratio must be at most <paramref name="Limit"/>, false when at least.</param>
/// <param name="Limit">The bound.</param>
public sealed record Target(string Description, double? Value, bool AtMost, double Limit)
{
    /// <summary><c>met</c>, <c>missed</c>, or <c>n/a</c> when not measurable yet.</summary>
    public string Status => Value is not { } v ? "n/a" : (AtMost ? v <= Limit : v >= Limit) ? "met" : "missed";

    /// <summary>The bound as text, e.g. <c>&lt;= 1.05</c>.</summary>
    public string Bound => (AtMost ? "<= " : ">= ") + Limit.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Issue 6's targets (ratios measured side by side in one run).</summary>
    public static IReadOnlyList<Target> Evaluate(Summary summary)
    {
        var insert = summary.Workload("sqlite-insert");
        var select = summary.Workload("sqlite-select");
        var handle = summary.Call("handle");
        return
        [
            new("safe / thin, sqlite insert", insert?.Ratio("safe", "thin"), true, 1.05),
            new("safe / thin, sqlite select with text", select?.Ratio("safe", "thin"), true, 1.10),
            new("thin / C, sqlite insert", insert?.Ratio("thin", "c"), true, 1.08),
            new("SQLitePCLRaw / safe, sqlite select with text", select?.Ratio("sqlitepclraw", "safe"), false, 1.30),
            new("SQLitePCLRaw / safe, sqlite insert", insert?.Ratio("sqlitepclraw", "safe"), false, 1.10),
            new("safe / thin, handle call", handle?.Ratio("safe", "thin"), true, 1.30),
        ];
    }
}
