using BenchmarkDotNet.Running;
using BindingForge.Benchmarks.Smoke;
using BindingForge.Benchmarks.Support;

// Usage:
//   dotnet BindingForge.Benchmarks.dll --smoke                      run every benchmark once, tiny sizes, check results
//   dotnet BindingForge.Benchmarks.dll [--quick] [--artifacts DIR] [BenchmarkDotNet args, e.g. --filter '*Handle*']
var rest = new List<string>();
bool quick = false, smoke = false;
string artifacts = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--smoke":
            smoke = true;
            break;
        case "--quick":
            quick = true;
            break;
        case "--artifacts" when i + 1 < args.Length:
            artifacts = Path.GetFullPath(args[++i]);
            break;
        default:
            rest.Add(args[i]);
            break;
    }
}

// Sizes are read from the environment so BenchmarkDotNet's child processes see the same ones.
Environment.SetEnvironmentVariable(BenchSizes.ModeVariable, smoke ? "smoke" : quick ? "quick" : "full");
if (smoke)
    return SmokeRunner.Run(Console.Out);

if (!rest.Contains("--filter"))
    rest.AddRange(["--filter", "*"]);
var config = quick ? BenchConfig.Quick(artifacts) : BenchConfig.Full(artifacts);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchSizes).Assembly).Run([.. rest], config);
bool failed = !summaries.Any() || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
