using System.Globalization;

namespace BindingForge.Benchmarks.Report;

/// <summary>
/// One launch of the suite: run.sh runs the C floor and then BenchmarkDotNet (every variant) once per launch, into
/// its own folder <c>run-N</c> (BenchmarkDotNet's exports, and <c>floor.json</c>), so that every ratio can be taken
/// between numbers measured under the same machine load.
/// </summary>
/// <param name="Name">The folder's name, <c>run-1</c>.</param>
/// <param name="Measurements">Everything the launch measured, the C floor included.</param>
/// <param name="Floor">What the launch's C floor printed.</param>
public sealed record LaunchResults(string Name, IReadOnlyList<Measurement> Measurements, FloorResults Floor)
{
    /// <summary>The floor's file name inside a launch folder.</summary>
    public const string FloorFile = "floor.json";

    /// <summary>
    /// The launches under <paramref name="directory"/>: its <c>run-N</c> folders in launch order, or the folder itself
    /// when it has none (one launch). Launches without a result are left out.
    /// </summary>
    public static IReadOnlyList<LaunchResults> ReadAll(string directory)
    {
        var folders = Directory.Exists(directory)
            ? Directory.GetDirectories(directory, "run-*").OrderBy(LaunchNumber).ThenBy(d => d, StringComparer.Ordinal).ToArray()
            : [];
        if (folders.Length == 0)
            folders = [directory];
        return folders.Select(Read).Where(l => l.Measurements.Count > 0).ToArray();
    }

    /// <summary>One measurement per benchmark: the median over the launches of each launch's median.</summary>
    public static IReadOnlyList<Measurement> Combined(IReadOnlyList<LaunchResults> launches) =>
        launches.SelectMany(l => l.Measurements)
            .GroupBy(m => (m.Section, m.Key, m.Variant))
            .Select(g => g.First() with
            {
                Nanoseconds = Statistics.Median(g.Select(m => m.Nanoseconds)),
                AllocatedBytes = g.All(m => m.AllocatedBytes is not null) ? Statistics.Median(g.Select(m => m.AllocatedBytes!.Value)) : null,
            })
            .ToArray();

    private static LaunchResults Read(string folder)
    {
        var floor = FloorResults.Read(Path.Combine(folder, FloorFile));
        return new LaunchResults(Path.GetFileName(folder), [.. BdnResultReader.Read(folder), .. floor.Measurements], floor);
    }

    private static int LaunchNumber(string folder) =>
        int.TryParse(Path.GetFileName(folder)["run-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : int.MaxValue;
}
