using System.Globalization;
using System.Text;

namespace BindingForge.Benchmarks.Report;

/// <summary>
/// Writes summary.md: the machine, the spread warnings, one table per section with ratios to thin and to C (each a
/// median over the launches with its min-max), the targets, the noise controls and the table of every ratio.
/// </summary>
public static class SummaryMarkdownWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Renders <paramref name="summary"/> as Markdown.</summary>
    public static string Write(Summary summary)
    {
        var md = new StringBuilder();
        int launches = Math.Max(1, summary.Launches.Count);
        md.AppendLine("# BindingForge benchmark summary").AppendLine();
        md.AppendLine(Invariant, $"{launches} launch(es) of benchmarks/run.sh, interleaved: each launch ran the C floor and then every variant. Times are");
        md.AppendLine("medians over the launches of each launch's median. Each ratio is taken inside every launch (both sides under the same load)");
        md.AppendLine("and shown as the median of the launches' ratios with their min-max; below 1 is faster. `-` means not implemented or not measured.").AppendLine();
        foreach (var (key, value) in summary.Machine)
            md.AppendLine(Invariant, $"- **{key}**: {value}");
        md.AppendLine();

        var lines = RatioTable.Build(summary);
        var warnings = RatioTable.Warnings(lines).ToArray();
        if (warnings.Length > 0)
        {
            md.AppendLine(Invariant, $"## WARNING: {warnings.Length} ratio(s) spread over {RatioRange.NoisyThreshold * 100:0}% between launches").AppendLine();
            md.AppendLine("The launches disagree: the machine was busy or the benchmark is unstable. Do not quote these ratios; rerun on a quiet machine.").AppendLine();
            foreach (var warning in warnings)
                md.AppendLine(Invariant, $"- **{warning}**");
            md.AppendLine();
        }

        md.AppendLine("## Workloads").AppendLine();
        Table(md, summary, summary.Workloads);
        md.AppendLine("## Calls").AppendLine();
        md.AppendLine("`leaf-sgt` ratios are to the plain thin `leaf` call, so they show what SuppressGCTransition saves.").AppendLine();
        Table(md, summary, summary.Calls);

        md.AppendLine("## Targets (issues 6 and 17)").AppendLine();
        md.AppendLine("| target | bound | measured | status |");
        md.AppendLine("|---|---|---:|---|");
        foreach (var target in Target.Evaluate(summary))
            md.AppendLine(Invariant, $"| {target.Description} | {target.Bound} | {Text(target.Range)} | {target.Status} |");
        md.AppendLine().AppendLine("## Noise controls").AppendLine();
        md.AppendLine("Pairs that do the same work, so their ratio should be 1.00; how far they are off is this run's noise.").AppendLine();
        md.AppendLine("| control | ratio |");
        md.AppendLine("|---|---:|");
        md.AppendLine(Invariant, $"| zlib-deflate thin / C (all time is inside libz) | {Text(summary.Ratio("zlib-deflate", "thin", "c"))} |");
        md.AppendLine(Invariant, $"| string-out runtime-utf8 / thin (the same decode) | {Text(summary.Ratio("string-out", "runtime-utf8", "thin"))} |");
        md.AppendLine(Invariant, $"| error-check thin / thin-unchecked (a never-taken branch) | {Text(summary.Ratio("error-check", "thin", "thin-unchecked"))} |");
        md.AppendLine().AppendLine("## Every ratio, per launch").AppendLine();
        md.Append(RatioTable.Markdown(lines));
        return md.ToString();
    }

    private static void Table(StringBuilder md, Summary summary, IReadOnlyList<SummaryRow> rows)
    {
        md.AppendLine("| benchmark | unit | variant | median | x thin (min-max) | x C (min-max) | allocated |");
        md.AppendLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            foreach (var cell in row.Cells)
            {
                var thin = cell.Nanoseconds is null ? null : summary.ToThin(row.Key, cell.Variant);
                var c = cell.Nanoseconds is null ? null : summary.Ratio(row.Key, cell.Variant, "c");
                md.AppendLine(Invariant,
                    $"| {row.Key} | {ExpectedVariants.UnitOf(row.Key)} | {cell.Variant} | {Number(cell.Nanoseconds)} | {Text(thin)} | {Text(c)} | {Bytes(cell.AllocatedBytes)} |");
            }
        }
        md.AppendLine();
    }

    /// <summary>The range as text, with a loud mark when it spreads over the threshold.</summary>
    private static string Text(RatioRange? range) => range is null ? "-" : range.IsNoisy ? $"{range} **NOISY**" : range.ToString();

    private static string Number(double? value) => value switch
    {
        null => "-",
        < 10 => value.Value.ToString("0.00", Invariant),
        < 1000 => value.Value.ToString("0.0", Invariant),
        _ => value.Value.ToString("#,0", Invariant),
    };

    private static string Bytes(double? value) => value is { } v ? v.ToString("0.#", Invariant) + " B" : "-";
}
