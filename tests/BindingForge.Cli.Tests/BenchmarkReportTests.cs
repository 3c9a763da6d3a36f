using BindingForge.Benchmarks.Report;

namespace BindingForge.Cli.Tests;

/// <summary>
/// The benchmark report's method (issue 17, item 4): every ratio is taken inside each launch and reported as the median
/// of the launches' ratios with their min-max; a spread over 10% is flagged. The arithmetic is checked on numbers made
/// up so that each rule gives a different answer than its plausible mistake.
/// </summary>
public sealed class BenchmarkReportTests
{
    [Fact]
    public void A_range_is_the_median_and_the_extremes_of_the_launches_ratios()
    {
        var range = RatioRange.Of([1.20, 1.00, 1.05])!;

        Assert.Equal(1.05, range.Median, 12);
        Assert.Equal(1.00, range.Min, 12);
        Assert.Equal(1.20, range.Max, 12);
        Assert.Equal(3, range.Launches);
        Assert.Equal(0.20 / 1.05, range.Spread, 12);
        Assert.Equal("1.05 (1.00-1.20)", range.ToString());
    }

    [Fact]
    public void An_even_number_of_launches_takes_the_mean_of_the_middle_two()
    {
        Assert.Equal(1.15, RatioRange.Of([1.3, 1.0, 1.1, 1.2])!.Median, 12);
        Assert.Equal(2.5, Statistics.Median([4, 1, 3, 2]), 12);
    }

    [Theory]
    [InlineData(1.00, 1.10, 1.05, false)] // spread 0.0952: under 10%
    [InlineData(1.00, 1.11, 1.05, true)]  // spread 0.1057
    [InlineData(2.00, 2.19, 2.10, false)] // relative to the median, not absolute
    public void A_spread_over_ten_percent_of_the_median_is_noisy(double a, double b, double c, bool noisy)
    {
        Assert.Equal(noisy, RatioRange.Of([a, b, c])!.IsNoisy);
    }

    [Fact]
    public void Launches_missing_a_side_are_left_out_and_none_gives_no_range()
    {
        var range = RatioRange.Of([1.1, null, double.NaN, 1.3])!;

        Assert.Equal(2, range.Launches);
        Assert.Equal(1.2, range.Median, 12);
        Assert.Null(RatioRange.Of([null, null]));
        Assert.Equal("1.10", RatioRange.Of([1.1])!.ToString());
        Assert.False(RatioRange.Of([1.1])!.IsNoisy);
    }

    [Fact]
    public void Ratios_are_taken_inside_each_launch_not_between_the_medians()
    {
        // The machine slowed down over the launches; safe / thin is 1.10, 1.05 and 1.02 launch by launch, and the min-max
        // must show the launches' own ratios. thin / C is 1.11, 1.05 and 2.00 launch by launch: median 1.11, where the
        // ratio of the medians (200 / 150) would say 1.33.
        var summary = Summary(
            [("thin", 100), ("safe", 110), ("c", 90)],
            [("thin", 200), ("safe", 210), ("c", 190)],
            [("thin", 300), ("safe", 306), ("c", 150)]);

        var safe = summary.ToThin("sqlite-insert", "safe")!;
        Assert.Equal(1.05, safe.Median, 12);
        Assert.Equal(1.02, safe.Min, 12);
        Assert.Equal(1.10, safe.Max, 12);
        var thinToC = summary.Ratio("sqlite-insert", "thin", "c")!;
        Assert.Equal(100.0 / 90, thinToC.Median, 12);
        Assert.Equal(200.0 / 190, thinToC.Min, 12);
        Assert.Equal(2.0, thinToC.Max, 12);
        Assert.True(thinToC.IsNoisy);
        Assert.Equal(200, summary.Workload("sqlite-insert")!.Nanoseconds("thin"));
    }

    [Fact]
    public void Every_ratio_is_in_the_table_and_each_noisy_one_is_a_loud_warning()
    {
        var summary = Summary(
            [("thin", 100), ("safe", 104), ("c", 90)],
            [("thin", 100), ("safe", 105), ("c", 60)],
            [("thin", 100), ("safe", 103), ("c", 91)]);

        var lines = RatioTable.Build(summary);
        var names = lines.Select(l => l.Name).ToArray();
        Assert.Contains("sqlite-insert: safe / thin", names);
        Assert.Contains("sqlite-insert: c / thin", names);
        Assert.Contains("sqlite-insert: thin / C", names);
        Assert.Contains("sqlite-insert: safe / C", names);
        var warnings = RatioTable.Warnings(lines).ToArray();
        Assert.Contains(warnings, w => w.StartsWith("WARNING: sqlite-insert: thin / C spreads", StringComparison.Ordinal) && w.Contains("over 3 launches", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains("safe / thin", StringComparison.Ordinal));
        Assert.Contains("**NOISY**", RatioTable.Markdown(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_whose_launches_straddle_the_bound_says_so()
    {
        Assert.Equal("met", new Target("t", RatioRange.Of([1.01, 1.04, 1.02]), true, 1.05).Status);
        Assert.Equal("missed", new Target("t", RatioRange.Of([1.06, 1.09, 1.07]), true, 1.05).Status);
        Assert.Equal("met by the median, missed in some launches", new Target("t", RatioRange.Of([1.01, 1.04, 1.08]), true, 1.05).Status);
        Assert.Equal("missed by the median, met in some launches", new Target("t", RatioRange.Of([1.01, 1.06, 1.08]), true, 1.05).Status);
        Assert.Equal("n/a", new Target("t", null, true, 1.05).Status);
    }

    /// <summary>A summary of sqlite-insert launches, each a list of (variant, ns per row).</summary>
    private static Summary Summary(params (string Variant, double Nanoseconds)[][] launches)
    {
        var perLaunch = launches.Select(l => l.Select(v => new Measurement("workloads", "sqlite-insert", v.Variant, v.Nanoseconds, null)).ToArray()).ToArray();
        var combined = perLaunch.SelectMany(l => l).GroupBy(m => m.Variant)
            .Select(g => g.First() with { Nanoseconds = Statistics.Median(g.Select(m => m.Nanoseconds)) }).ToArray();
        return SummaryBuilder.Build(combined, []) with { Launches = [.. perLaunch.Select(l => SummaryBuilder.Build(l, []))] };
    }
}
