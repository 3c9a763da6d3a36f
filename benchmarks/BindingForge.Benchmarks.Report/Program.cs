using BindingForge.Benchmarks.Report;

// Usage: BindingForge.Benchmarks.Report --bdn DIR --out DIR [--fact key=value]...
// DIR holds one folder per launch (run-1, run-2, ...: BenchmarkDotNet's *-report-full.json and the C floor's floor.json).
// Writes summary.json, summary.md, ratios.md (every ratio per launch: median, min-max, spread), summary.png (workload
// ratios) and calls.png (per-call ratios) into --out; each ratio whose launches spread over 10% is a WARNING on stderr.
string? bdn = null, output = null;
var extra = new List<KeyValuePair<string, string>>();
for (int i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--bdn":
            bdn = args[i + 1];
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
    Console.Error.WriteLine("usage: BindingForge.Benchmarks.Report --bdn DIR --out DIR [--fact key=value]...");
    return 2;
}

var launches = LaunchResults.ReadAll(bdn);
if (launches.Count == 0)
{
    Console.Error.WriteLine($"report: no results under {bdn}");
    return 1;
}
var floor = FloorResults.Read([.. launches.Select(l => Path.Combine(bdn, l.Name, LaunchResults.FloorFile))]);
var machine = MachineInfo.Collect(BdnResultReader.ReadHost(bdn), floor, [new("launches", launches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. extra]);
var summary = SummaryBuilder.Build(LaunchResults.Combined(launches), machine) with
{
    Launches = launches.Count > 1 ? [.. launches.Select(l => SummaryBuilder.Build(l.Measurements, machine))] : [],
};

Directory.CreateDirectory(output);
File.WriteAllText(Path.Combine(output, "summary.json"), SummaryJsonWriter.Write(summary));
var markdown = SummaryMarkdownWriter.Write(summary);
File.WriteAllText(Path.Combine(output, "summary.md"), markdown);
var lines = RatioTable.Build(summary);
File.WriteAllText(Path.Combine(output, "ratios.md"), RatioTable.Markdown(lines));
RatioChart.Save(Path.Combine(output, "summary.png"), "Workloads: ratio to thin", summary, summary.Workloads, 1000, 560);
RatioChart.Save(Path.Combine(output, "calls.png"), "Per call: ratio to thin", summary, summary.Calls, 1400, 600);
Console.Write(markdown);
foreach (var warning in RatioTable.Warnings(lines))
    Console.Error.WriteLine(warning);
Console.WriteLine($"report: wrote summary.json, summary.md, ratios.md, summary.png, calls.png to {Path.GetFullPath(output)}");
return 0;
