namespace BindingForge.Benchmarks.Report;

/// <summary>One of issue 6's targets (or issue 17's tighter ones), evaluated on a summary.</summary>
/// <param name="Description">What is compared, e.g. <c>safe / thin, sqlite insert</c>.</param>
/// <param name="Range">The measured ratio over the launches, or null when a side is missing.</param>
/// <param name="AtMost">True when the ratio must be at most <paramref name="Limit"/>, false when at least.</param>
/// <param name="Limit">The bound.</param>
public sealed record Target(string Description, RatioRange? Range, bool AtMost, double Limit)
{
    /// <summary>
    /// <c>met</c> or <c>missed</c> by the median; <c>met only in some launches</c> or <c>missed in some launches</c>
    /// when the range straddles the bound; <c>n/a</c> when not measurable yet.
    /// </summary>
    public string Status => Range switch
    {
        null => "n/a",
        var r when Meets(r.Min) && Meets(r.Max) => "met",
        var r when !Meets(r.Min) && !Meets(r.Max) => "missed",
        var r when Meets(r.Median) => "met by the median, missed in some launches",
        _ => "missed by the median, met in some launches",
    };

    /// <summary>The bound as text, e.g. <c>&lt;= 1.05</c>.</summary>
    public string Bound => (AtMost ? "<= " : ">= ") + Limit.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Issue 6's targets and issue 17's additions (ratios measured side by side in each launch).</summary>
    public static IReadOnlyList<Target> Evaluate(Summary summary) =>
    [
        new("safe / thin, sqlite insert", summary.Ratio("sqlite-insert", "safe", "thin"), true, 1.05),
        new("safe / thin, sqlite select with text", summary.Ratio("sqlite-select", "safe", "thin"), true, 1.10),
        new("thin / C, sqlite insert", summary.Ratio("sqlite-insert", "thin", "c"), true, 1.08),
        new("SQLitePCLRaw / safe, sqlite select with text", summary.Ratio("sqlite-select", "sqlitepclraw", "safe"), false, 1.30),
        new("SQLitePCLRaw / safe, sqlite insert", summary.Ratio("sqlite-insert", "sqlitepclraw", "safe"), false, 1.10),
        new("safe / thin, handle call", summary.Ratio("handle", "safe", "thin"), true, 1.30),
        new("issue 17: safe / thin, sqlite select with text", summary.Ratio("sqlite-select", "safe", "thin"), true, 1.05),
        new("issue 17: thin / C, sqlite select with text", summary.Ratio("sqlite-select", "thin", "c"), true, 1.08),
    ];

    private bool Meets(double value) => AtMost ? value <= Limit : value >= Limit;
}
