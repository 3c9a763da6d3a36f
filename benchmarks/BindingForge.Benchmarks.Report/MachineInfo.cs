using System.Text.Json;

namespace BindingForge.Benchmarks.Report;

/// <summary>Collects the machine and run facts shown at the top of the summary.</summary>
public static class MachineInfo
{
    /// <summary>
    /// Facts from BenchmarkDotNet's host description, the C floor, /proc, and the options run.sh passed
    /// (<paramref name="extra"/>: mode, gcc version, ...).
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Collect(JsonElement? host, FloorResults floor, IEnumerable<KeyValuePair<string, string>> extra)
    {
        var facts = new List<KeyValuePair<string, string>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                facts.Add(new(key, value.Trim()));
        }

        Add("date", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture));
        if (host is { } h)
        {
            Add("os", Text(h, "OsVersion"));
            Add("cpu", Text(h, "ProcessorName"));
            Add("cores", $"{Text(h, "PhysicalCoreCount")} physical, {Text(h, "LogicalCoreCount")} logical");
            Add("runtime", Text(h, "RuntimeVersion"));
            Add("sdk", Text(h, "DotNetCliVersion"));
            Add("benchmarkdotnet", Text(h, "BenchmarkDotNetVersion"));
        }
        Add("kernel", ReadFirstLine("/proc/sys/kernel/osrelease"));
        Add("memory", MemoryTotal());
        foreach (var key in new[] { "sqlite_version", "zlib_version", "rows", "zlib_mebibytes", "floor_runs" })
            Add(key.Replace('_', '-'), floor.Facts.GetValueOrDefault(key));
        foreach (var (key, value) in extra)
            Add(key, value);
        return facts;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;

    private static string? ReadFirstLine(string path) => File.Exists(path) ? File.ReadLines(path).FirstOrDefault() : null;

    private static string? MemoryTotal()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        if (line is null || !long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out long kib))
            return null;
        return $"{kib / 1024.0 / 1024.0:0.0} GiB";
    }
}
