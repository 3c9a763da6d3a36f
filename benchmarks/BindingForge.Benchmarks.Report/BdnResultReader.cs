using System.Globalization;
using System.Text.Json;

namespace BindingForge.Benchmarks.Report;

/// <summary>
/// Reads BenchmarkDotNet's full JSON exports (<c>*-report-full.json</c>). A benchmark's description
/// (<c>MethodTitle</c>) is either <c>call/variant</c> (per-call benchmarks) or a workload key with the variant in
/// the <c>Variant</c> parameter; workloads are divided by their <c>Rows</c> or by 16 chunks per <c>Mebibytes</c>.
/// When several exports under the folder hold the same benchmark, the result is the median of their medians; run.sh
/// gives each launch its own folder (<see cref="LaunchResults"/>).
/// </summary>
public static class BdnResultReader
{
    /// <summary>The host description of the newest export, or null when there is none.</summary>
    public static JsonElement? ReadHost(string directory) =>
        ExportFiles(directory).Select(f => Parse(f).RootElement.GetProperty("HostEnvironmentInfo").Clone()).LastOrDefault() is { ValueKind: JsonValueKind.Object } host
            ? host
            : null;

    /// <summary>Every measurement in the exports under <paramref name="directory"/>, one per benchmark.</summary>
    public static IReadOnlyList<Measurement> Read(string directory)
    {
        var all = new List<Measurement>();
        foreach (var file in ExportFiles(directory))
        {
            using var document = Parse(file);
            foreach (var benchmark in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
            {
                if (ToMeasurement(benchmark) is { } measurement)
                    all.Add(measurement);
            }
        }
        return all.GroupBy(m => (m.Section, m.Key, m.Variant))
            .Select(g => g.First() with
            {
                Nanoseconds = Statistics.Median(g.Select(m => m.Nanoseconds)),
                AllocatedBytes = g.All(m => m.AllocatedBytes is not null) ? Statistics.Median(g.Select(m => m.AllocatedBytes!.Value)) : null,
            })
            .ToArray();
    }

    private static IEnumerable<string> ExportFiles(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*-report-full.json", SearchOption.AllDirectories).OrderBy(File.GetLastWriteTimeUtc)
            : [];

    private static JsonDocument Parse(string file) => JsonDocument.Parse(File.ReadAllText(file));

    private static Measurement? ToMeasurement(JsonElement benchmark)
    {
        if (!benchmark.TryGetProperty("Statistics", out var statistics) || statistics.ValueKind != JsonValueKind.Object)
            return null; // the benchmark failed; it stays null in the summary
        string title = benchmark.GetProperty("MethodTitle").GetString() ?? "";
        var parameters = ParseParameters(benchmark.GetProperty("Parameters").GetString());
        double median = statistics.GetProperty("Median").GetDouble();
        double? allocated = benchmark.TryGetProperty("Memory", out var memory) && memory.ValueKind == JsonValueKind.Object
            ? memory.GetProperty("BytesAllocatedPerOperation").GetDouble()
            : null;

        int slash = title.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
            return new Measurement("calls", title[..slash], title[(slash + 1)..], median, allocated);
        if (!parameters.TryGetValue("Variant", out var variant))
            return null;
        double units = parameters.TryGetValue("Rows", out var rows) ? double.Parse(rows, CultureInfo.InvariantCulture)
            : parameters.TryGetValue("Mebibytes", out var mib) ? double.Parse(mib, CultureInfo.InvariantCulture) * 16
            : 1;
        return new Measurement("workloads", title, variant, median / units, allocated / units);
    }

    private static Dictionary<string, string> ParseParameters(string? text) =>
        (text ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
