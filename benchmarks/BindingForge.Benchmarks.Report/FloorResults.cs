using System.Text.Json;

namespace BindingForge.Benchmarks.Report;

/// <summary>What benchmarks/native/floor.c printed: the C loops' medians and the library versions.</summary>
/// <param name="Measurements">The C measurements (variant <c>c</c>).</param>
/// <param name="Facts">Sizes and versions (rows, zlib_mebibytes, sqlite_version, ...), as text.</param>
public sealed record FloorResults(IReadOnlyList<Measurement> Measurements, IReadOnlyDictionary<string, string> Facts)
{
    private static readonly (string Key, string Section)[] Timed =
    [
        ("sqlite-insert", "workloads"),
        ("sqlite-select", "workloads"),
        ("zlib-deflate", "workloads"),
        ("leaf", "calls"),
    ];

    /// <summary>
    /// Reads several runs of the floor (run.sh runs it before each BenchmarkDotNet run, so both see the same machine
    /// load) and keeps the median of each measurement; the facts come from the last file.
    /// </summary>
    public static FloorResults Read(IReadOnlyList<string> paths)
    {
        var runs = paths.Select(Read).Where(r => r.Measurements.Count > 0).ToArray();
        if (runs.Length == 0)
            return new FloorResults([], new Dictionary<string, string>());
        var measurements = runs.SelectMany(r => r.Measurements)
            .GroupBy(m => (m.Section, m.Key))
            .Select(g => g.First() with { Nanoseconds = Statistics.Median(g.Select(m => m.Nanoseconds)) })
            .ToArray();
        var facts = new Dictionary<string, string>(runs[^1].Facts) { ["floor_runs"] = runs.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return new FloorResults(measurements, facts);
    }

    /// <summary>Reads one run of the floor; a missing file gives no measurements.</summary>
    public static FloorResults Read(string? path)
    {
        if (path is null || !File.Exists(path))
            return new FloorResults([], new Dictionary<string, string>());
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var measurements = Timed
            .Where(t => root.TryGetProperty(t.Key, out _))
            .Select(t => new Measurement(t.Section, t.Key, "c", root.GetProperty(t.Key).GetDouble(), null))
            .ToList();
        // C has no GC transition to suppress: its one trivial-call number is the floor of both leaf rows.
        if (measurements.Find(m => m.Key == "leaf") is { } leaf)
            measurements.Add(leaf with { Key = "leaf-sgt" });
        var facts = root.EnumerateObject()
            .Where(p => !Timed.Any(t => t.Key == p.Name))
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
        return new FloorResults(measurements, facts);
    }
}
