using System.Globalization;
using System.Text;

namespace BindingForge.Benchmarks.Report;

/// <summary>Writes summary.md: the machine, one table per section with ratios to thin and to C, and the targets.</summary>
public static class SummaryMarkdownWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Renders <paramref name="summary"/> as Markdown.</summary>
    public static string Write(Summary summary)
    {
        var md = new StringBuilder();
        md.AppendLine("# BindingForge benchmark summary").AppendLine();
        md.AppendLine("Medians, all measured in one invocation of benchmarks/run.sh. Ratios are to the generated thin binding and to the C floor (gcc -O2);");
        md.AppendLine("below 1 is faster. `-` means not implemented yet (the safe emitter) or not measured.").AppendLine();
        foreach (var (key, value) in summary.Machine)
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{key}**: {value}");
        md.AppendLine();

        md.AppendLine("## Workloads").AppendLine();
        Table(md, summary.Workloads);
        md.AppendLine("## Calls").AppendLine();
        md.AppendLine("`leaf-sgt` ratios are to the plain thin `leaf` call, so they show what SuppressGCTransition saves.").AppendLine();
        Table(md, summary.Calls);

        md.AppendLine("## Issue 6 targets").AppendLine();
        md.AppendLine("| target | bound | measured | status |");
        md.AppendLine("|---|---|---:|---|");
        foreach (var target in Target.Evaluate(summary))
            md.AppendLine(Invariant, $"| {target.Description} | {target.Bound} | {Ratio(target.Value)} | {target.Status} |");
        md.AppendLine().AppendLine("## Noise controls").AppendLine();
        md.AppendLine("Pairs that do the same work, so their ratio should be 1.00; how far they are off is this run's noise.").AppendLine();
        md.AppendLine("| control | ratio |");
        md.AppendLine("|---|---:|");
        md.AppendLine(Invariant, $"| zlib-deflate thin / C (all time is inside libz) | {Ratio(summary.Workload("zlib-deflate")?.Ratio("thin", "c"))} |");
        md.AppendLine(Invariant, $"| string-out runtime-utf8 / thin (the same decode) | {Ratio(summary.Call("string-out")?.Ratio("runtime-utf8", "thin"))} |");
        md.AppendLine(Invariant, $"| error-check thin / thin-unchecked (a never-taken branch) | {Ratio(summary.Call("error-check")?.Ratio("thin", "thin-unchecked"))} |");
        return md.ToString();
    }

    private static void Table(StringBuilder md, IReadOnlyList<SummaryRow> rows)
    {
        md.AppendLine("| benchmark | unit | variant | median | x thin | x C | allocated |");
        md.AppendLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            double? thin = ExpectedVariants.ThinBaseline(rows, row);
            double? c = row.Nanoseconds("c");
            foreach (var cell in row.Cells)
            {
                md.AppendLine(Invariant,
                    $"| {row.Key} | {ExpectedVariants.UnitOf(row.Key)} | {cell.Variant} | {Number(cell.Nanoseconds)} | {Ratio(cell.Nanoseconds / thin)} | {Ratio(cell.Nanoseconds / c)} | {Bytes(cell.AllocatedBytes)} |");
            }
        }
        md.AppendLine();
    }

    private static string Number(double? value) => value switch
    {
        null => "-",
        < 10 => value.Value.ToString("0.00", Invariant),
        < 1000 => value.Value.ToString("0.0", Invariant),
        _ => value.Value.ToString("#,0", Invariant),
    };

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.00", Invariant) : "-";

    private static string Bytes(double? value) => value is { } v ? v.ToString("0.#", Invariant) + " B" : "-";
}
