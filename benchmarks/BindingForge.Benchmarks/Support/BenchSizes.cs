namespace BindingForge.Benchmarks.Support;

/// <summary>
/// How big each workload is. Full runs use the sizes (100k rows, 64 MiB); <c>--quick</c> shrinks the zlib
/// input; <c>--smoke</c> shrinks everything so each benchmark runs in milliseconds. Every result is reported per row
/// or per chunk, so the sizes change the run time, not the unit.
/// </summary>
/// <remarks>
/// The mode travels in the <c>BF_BENCH_MODE</c> environment variable so that BenchmarkDotNet's child processes
/// (full runs are out of process) see the same sizes as the host.
/// </remarks>
public static class BenchSizes
{
    /// <summary>The environment variable holding the mode: <c>full</c>, <c>quick</c> or <c>smoke</c>.</summary>
    public const string ModeVariable = "BF_BENCH_MODE";

    /// <summary>Input chunk size of the streaming deflate, and the size of its output buffer.</summary>
    public const int ZlibChunkBytes = 64 * 1024;

    /// <summary>The current mode, from <see cref="ModeVariable"/> (full when unset).</summary>
    public static string Mode => Environment.GetEnvironmentVariable(ModeVariable) ?? "full";

    /// <summary>Rows inserted and selected by the sqlite workloads.</summary>
    public static int SqliteRows => Mode == "smoke" ? 2_000 : 100_000;

    /// <summary>MiB of text deflated per zlib operation.</summary>
    public static int ZlibMebibytes => Mode switch
    {
        "smoke" => 1,
        "quick" => 16,
        _ => 64,
    };
}
