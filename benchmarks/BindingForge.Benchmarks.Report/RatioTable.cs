using System.Globalization;
using System.Text;

namespace BindingForge.Benchmarks.Report;

/// <summary>
/// Every ratio the run reports, each taken per launch: each variant over thin and over the C floor, row by row,
/// and the peer comparisons of the targets (SQLitePCLRaw / safe). run.sh prints it at the end; the noisy ones are
/// the warnings.
/// </summary>
public static class RatioTable
{
    /// <summary>One ratio: <c>sqlite-insert: safe / thin</c> and its range over the launches.</summary>
    public sealed record Line(string Name, RatioRange Range);

    /// <summary>The lines of <paramref name="summary"/>, in report order.</summary>
    public static IReadOnlyList<Line> Build(Summary summary)
    {
        var lines = new List<Line>();
        void Add(string name, RatioRange? range)
        {
            if (range is not null)
                lines.Add(new Line(name, range));
        }

        foreach (var row in summary.Workloads.Concat(summary.Calls))
        {
            foreach (var cell in row.Cells.Where(c => c.Nanoseconds is not null && c.Variant != "thin"))
                Add($"{row.Key}: {cell.Variant} / thin", summary.ToThin(row.Key, cell.Variant));
            foreach (var cell in row.Cells.Where(c => c.Nanoseconds is not null && c.Variant != "c"))
                Add($"{row.Key}: {cell.Variant} / C", summary.Ratio(row.Key, cell.Variant, "c"));
        }

        foreach (var key in new[] { "sqlite-insert", "sqlite-select" })
            Add($"{key}: sqlitepclraw / safe", summary.Ratio(key, "sqlitepclraw", "safe"));
        return lines;
    }

    /// <summary>The noisy lines as loud one-line warnings.</summary>
    public static IEnumerable<string> Warnings(IReadOnlyList<Line> lines) =>
        lines.Where(l => l.Range.IsNoisy).Select(l => string.Create(CultureInfo.InvariantCulture,
            $"WARNING: {l.Name} spreads {l.Range.Spread * 100:0}% over {l.Range.Launches} launches ({l.Range}): more than {RatioRange.NoisyThreshold * 100:0}%, do not quote it"));

    /// <summary>The table as Markdown.</summary>
    public static string Markdown(IReadOnlyList<Line> lines)
    {
        var md = new StringBuilder();
        md.AppendLine("| ratio | median | min | max | spread | launches |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var line in lines)
        {
            var r = line.Range;
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {line.Name} | {r.Median:0.00} | {r.Min:0.00} | {r.Max:0.00} | {r.Spread * 100:0}%{(r.IsNoisy ? " **NOISY**" : "")} | {r.Launches} |");
        }
        return md.ToString();
    }
}
