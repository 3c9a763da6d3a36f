using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BindingForge.Benchmarks.Report;

/// <summary>
/// Writes summary.json: <c>{"machine": {...}, "workloads": {"sqlite-insert": {"c": ns, "thin": ns, "safe": null,
/// ...}, ...}, "calls": {"leaf": {...}, ...}, "allocations": {...}}</c>, nanoseconds (and allocated bytes) per row,
/// 64 KiB chunk or call, medians, null where a variant is not implemented or failed.
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
            ["allocations"] = new JsonObject
            {
                ["unit"] = "managed bytes per row, 64 KiB chunk or call (null: not measured)",
                ["workloads"] = Section(summary.Workloads, c => c.AllocatedBytes),
                ["calls"] = Section(summary.Calls, c => c.AllocatedBytes),
            },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
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
