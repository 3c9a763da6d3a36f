using BindingForge.Benchmarks.Report;

// Usage: BindingForge.Benchmarks.Report --bdn DIR [--floor FILE]... --out DIR [--fact key=value]...
// Reads BenchmarkDotNet's *-report-full.json under --bdn and floor.c's JSON files (medians across runs), writes summary.json, summary.md,
// summary.png (workload ratios) and calls.png (per-call ratios) into --out.
string? bdn = null, output = null;
var floorPaths = new List<string>();
var extra = new List<KeyValuePair<string, string>>();
for (int i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--bdn":
            bdn = args[i + 1];
            break;
        case "--floor":
            floorPaths.Add(args[i + 1]);
            break;
        case "--out":
            output = args[i + 1];
            break;
        case "--fact" when args[i + 1].Contains('=', StringComparison.Ordinal):
            var parts = args[i + 1].Split('=', 2);
            extra.Add(new(parts[0], parts[1]));
            break;
        default:
            Console.Error.WriteLine($"report: unknown option {args[i]}");
            return 2;
    }
}
if (bdn is null || output is null)
{
    Console.Error.WriteLine("usage: BindingForge.Benchmarks.Report --bdn DIR [--floor FILE]... --out DIR [--fact key=value]...");
    return 2;
}

var floor = FloorResults.Read(floorPaths);
var measurements = BdnResultReader.Read(bdn).Concat(floor.Measurements).ToArray();
if (measurements.Length == 0)
{
    Console.Error.WriteLine($"report: no results under {bdn}");
    return 1;
}
var summary = SummaryBuilder.Build(measurements, MachineInfo.Collect(BdnResultReader.ReadHost(bdn), floor, extra));

Directory.CreateDirectory(output);
File.WriteAllText(Path.Combine(output, "summary.json"), SummaryJsonWriter.Write(summary));
var markdown = SummaryMarkdownWriter.Write(summary);
File.WriteAllText(Path.Combine(output, "summary.md"), markdown);
RatioChart.Save(Path.Combine(output, "summary.png"), "Workloads: median / thin", summary.Workloads, 1000, 560);
RatioChart.Save(Path.Combine(output, "calls.png"), "Per call: median / thin", summary.Calls, 1400, 600);
Console.Write(markdown);
Console.WriteLine($"report: wrote summary.json, summary.md, summary.png, calls.png to {Path.GetFullPath(output)}");
return 0;
