using BenchmarkDotNet.Attributes;
using BindingForge.Benchmarks.Support;

namespace BindingForge.Benchmarks.Workloads.Sqlite;

/// <summary>
/// Reads <see cref="Rows"/> rows (an int column and a text column copied into a .NET string) with a prepared
/// statement. The rows are inserted once per variant. Reported per row: median / <see cref="Rows"/>.
/// </summary>
[MemoryDiagnoser]
public class SqliteSelectBenchmarks : ISelfChecking
{
    private SqliteWorkload? _workload;

    /// <summary>The binding under test (a <see cref="WorkloadVariantAttribute"/> name).</summary>
    [ParamsSource(nameof(Variants))]
    public string Variant { get; set; } = "thin";

    /// <summary>Rows in the table.</summary>
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    /// <summary>Every sqlite workload variant in the assembly.</summary>
    public static IEnumerable<string> Variants => WorkloadRegistry<SqliteWorkload>.Names;

    /// <summary>The row count for the current mode.</summary>
    public static IEnumerable<int> RowCounts => [BenchSizes.SqliteRows];

    /// <summary>Opens the variant's database and fills the table.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = WorkloadRegistry<SqliteWorkload>.Create(Variant);
        _workload.Open();
        _workload.Insert(Rows);
    }

    /// <summary>The measured select; returns the checksum of what it read.</summary>
    [Benchmark(Description = "sqlite-select")]
    public long Select() => _workload!.Select();

    /// <summary>Closes the database.</summary>
    [GlobalCleanup]
    public void Cleanup() => _workload?.Dispose();

    /// <inheritdoc/>
    public void Verify(string method, object? result) =>
        Expect.Equal(RowText.ExpectedChecksum(Rows), result, $"{Variant} select checksum");
}
