using System.Globalization;

namespace BindingForge.Benchmarks.Report;

/// <summary>
/// One ratio (safe / thin, thin / C, ...) over the launches of a run: each launch measures every variant and the C
/// floor, the ratio is taken inside each launch, and the launches' ratios give the median and the range. A spread
/// ((max - min) / median) over <see cref="NoisyThreshold"/> makes the ratio <see cref="IsNoisy"/>: the run says so
/// loudly and the number is not to be quoted.
/// </summary>
/// <param name="Median">The median of the launches' ratios.</param>
/// <param name="Min">The smallest launch's ratio.</param>
/// <param name="Max">The largest launch's ratio.</param>
/// <param name="Launches">How many launches measured both sides.</param>
public sealed record RatioRange(double Median, double Min, double Max, int Launches)
{
    /// <summary>10 %: a spread above it is flagged.</summary>
    public const double NoisyThreshold = 0.10;

    /// <summary>(max - min) / median; 0 for a single launch.</summary>
    public double Spread => Median > 0 ? (Max - Min) / Median : 0;

    /// <summary>True when the launches disagree by more than <see cref="NoisyThreshold"/>.</summary>
    public bool IsNoisy => Spread > NoisyThreshold;

    /// <summary>
    /// The range of the launches' ratios; a launch that lacks a side (null) is left out, and no launch with both
    /// sides gives null.
    /// </summary>
    public static RatioRange? Of(IEnumerable<double?> perLaunch)
    {
        var values = perLaunch.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).ToArray();
        return values.Length == 0 ? null : new RatioRange(Statistics.Median(values), values.Min(), values.Max(), values.Length);
    }

    /// <summary><c>1.05 (1.01-1.09)</c>; a single launch shows its ratio alone.</summary>
    public override string ToString()
    {
        var median = Median.ToString("0.00", CultureInfo.InvariantCulture);
        return Launches < 2 ? median
            : $"{median} ({Min.ToString("0.00", CultureInfo.InvariantCulture)}-{Max.ToString("0.00", CultureInfo.InvariantCulture)})";
    }
}
