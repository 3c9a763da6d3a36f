using ScottPlot;

namespace BindingForge.Benchmarks.Report;

/// <summary>
/// Grouped bar charts of each variant's ratio to thin (1.0 = as fast as the thin binding), one group per workload or
/// call: the bar is the median over the launches, the error bar the launches' min-max. Variants keep one colour across
/// charts. Text needs a font: on Debian install fonts-dejavu-core.
/// </summary>
public static class RatioChart
{
    private static readonly string[] Palette =
    [
        "#4d4d4d", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#d62728", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
    ];

    /// <summary>Saves a PNG of <paramref name="rows"/> (a section of <paramref name="summary"/>) to <paramref name="path"/>.</summary>
    public static void Save(string path, string title, Summary summary, IReadOnlyList<SummaryRow> rows, int width, int height)
    {
        var plot = new Plot();
        var variants = rows.SelectMany(r => r.Cells).Where(c => c.Nanoseconds is not null).Select(c => c.Variant).Distinct().ToArray();
        var bars = new List<Bar>();
        var (xs, ys, below, above) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var tickPositions = new List<double>();
        var tickLabels = new List<string>();
        double position = 0;
        foreach (var row in rows)
        {
            var present = row.Cells.Where(c => c.Nanoseconds is not null)
                .Select(c => (c.Variant, Range: summary.ToThin(row.Key, c.Variant)))
                .Where(p => p.Range is not null)
                .ToArray();
            if (present.Length == 0)
                continue;
            double start = position;
            foreach (var (variant, range) in present)
            {
                bars.Add(new Bar
                {
                    Position = position,
                    Value = range!.Median,
                    FillColor = ColorOf(variant, variants),
                    Label = range.Median.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                });
                xs.Add(position);
                ys.Add(range.Median);
                below.Add(range.Median - range.Min);
                above.Add(range.Max - range.Median);
                position += 1;
            }
            tickPositions.Add((start + position - 1) / 2);
            tickLabels.Add(row.Key);
            position += 1.5;
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 11;
        var ranges = plot.Add.ErrorBar(xs, ys, [.. above]);
        ranges.YErrorPositive = above;
        ranges.YErrorNegative = below;
        ranges.Color = Colors.Black;
        var one = plot.Add.HorizontalLine(1);
        one.LineColor = Colors.Black.WithAlpha(0.5);
        one.LinePattern = LinePattern.Dashed;
        plot.Axes.Bottom.SetTicks([.. tickPositions], [.. tickLabels]);
        plot.Axes.Margins(bottom: 0);
        plot.Title(title + " (median; error bars: min-max over the launches)");
        plot.YLabel("ratio to thin (lower is faster)");
        foreach (var variant in variants)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = variant, FillColor = ColorOf(variant, variants) });
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, width, height);
    }

    private static Color ColorOf(string variant, string[] variants) =>
        Color.FromHex(Palette[Array.IndexOf(variants, variant) % Palette.Length]);
}
