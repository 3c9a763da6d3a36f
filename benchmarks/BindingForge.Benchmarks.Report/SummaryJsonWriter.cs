using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BindingForge.Benchmarks.Report;

/// <summary>
/// Writes summary.json: <c>{"machine": {...}, "workloads": {"sqlite-insert": {"c": ns, "thin": ns, "safe": null,
/// ...}, ...}, "calls": {"leaf": {...}, ...}, "allocations": {...}}</c>, nanoseconds (and allocated bytes) per row,
/// 64 KiB chunk or call, medians over the launches, null where a variant is not implemented or failed; <c>ratios</c>
/// holds every ratio of <see cref="RatioTable"/> with its median, range and spread over the launches.
/// </summary>
public static class SummaryJsonWriter
{
    /// <summary>Serialises <paramref name="summary"/>.</summary>
    public static string Write(Summary summary)
    {
        var machine = new JsonObject();
        foreach (var (key, value) in summary.Machine)
            machine[key] = value;
        var root = new JsonObject
        {
            ["machine"] = machine,
            ["workloads"] = Section(summary.Workloads, c => c.Nanoseconds),
            ["calls"] = Section(summary.Calls, c => c.Nanoseconds),
            ["launches"] = Math.Max(1, summary.Launches.Count),
            ["ratios"] = Ratios(RatioTable.Build(summary)),
            ["allocations"] = new JsonObject
            {
                ["unit"] = "managed bytes per row, 64 KiB chunk or call (null: not measured)",
                ["workloads"] = Section(summary.Workloads, c => c.AllocatedBytes),
                ["calls"] = Section(summary.Calls, c => c.AllocatedBytes),
            },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary><c>{"sqlite-insert: safe / thin": {"median": 1.04, "min": 1.01, "max": 1.09, "spread": 0.077, "launches": 3, "noisy": false}}</c>.</summary>
    private static JsonObject Ratios(IReadOnlyList<RatioTable.Line> lines)
    {
        var ratios = new JsonObject();
        foreach (var line in lines)
        {
            var r = line.Range;
            ratios[line.Name] = new JsonObject
            {
                ["median"] = Math.Round(r.Median, 3),
                ["min"] = Math.Round(r.Min, 3),
                ["max"] = Math.Round(r.Max, 3),
                ["spread"] = Math.Round(r.Spread, 3),
                ["launches"] = r.Launches,
                ["noisy"] = r.IsNoisy,
            };
        }
        return ratios;
    }

    private static JsonObject Section(IReadOnlyList<SummaryRow> rows, Func<SummaryCell, double?> value)
    {
        var section = new JsonObject();
        foreach (var row in rows)
        {
            var cells = new JsonObject();
            foreach (var cell in row.Cells)
                cells[cell.Variant] = value(cell) is { } v ? JsonValue.Create(Math.Round(v, v < 10 ? 3 : 2)) : null;
            section[row.Key] = cells;
        }
        return section;
    }
}
