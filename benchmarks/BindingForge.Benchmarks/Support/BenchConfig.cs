using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BindingForge.Benchmarks.Support;

/// <summary>
/// The two BenchmarkDotNet configurations run.sh uses. Both export full JSON (the report reads medians from it),
/// report allocations, and join every class into one summary.
/// </summary>
public static class BenchConfig
{
    /// <summary>
    /// Quick: in-process (no per-benchmark process launch, so the whole suite fits in a few minutes on two cores),
    /// 4 warmup and 15 measured iterations of about 100 ms. Medians are stable to a few percent; use
    /// <see cref="Full"/> for numbers to quote.
    /// </summary>
    public static IConfig Quick(string artifactsPath) => Create(
        Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(4)
            .WithIterationCount(15)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithId("quick"),
        artifactsPath);

    /// <summary>Full: a separate process per benchmark, 6 warmup and 15 measured iterations of the default length.</summary>
    public static IConfig Full(string artifactsPath) => Create(
        Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(6)
            .WithIterationCount(15)
            .WithId("full"),
        artifactsPath);

    private static ManualConfig Create(Job job, string artifactsPath) => ManualConfig.CreateEmpty()
        .AddJob(job)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddColumn(StatisticColumn.Median)
        .AddExporter(JsonExporter.Full, MarkdownExporter.GitHub)
        .AddLogger(ConsoleLogger.Default)
        .WithArtifactsPath(artifactsPath)
        .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
}
