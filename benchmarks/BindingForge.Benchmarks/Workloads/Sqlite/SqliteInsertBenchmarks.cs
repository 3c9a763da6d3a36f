using BenchmarkDotNet.Attributes;
using BindingForge.Benchmarks.Support;

namespace BindingForge.Benchmarks.Workloads.Sqlite;

/// <summary>
/// Inserts <see cref="Rows"/> rows with a prepared statement (bind int + text, step, reset) inside one
/// transaction. The table is emptied before every iteration, so each insert starts from the same state
/// (hence one invocation per iteration). Reported per row: median / <see cref="Rows"/>.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class SqliteInsertBenchmarks : ISelfChecking
{
    private SqliteWorkload? _workload;

    /// <summary>The binding under test (a <see cref="WorkloadVariantAttribute"/> name).</summary>
    [ParamsSource(nameof(Variants))]
    public string Variant { get; set; } = "thin";

    /// <summary>Rows per operation.</summary>
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    /// <summary>Every sqlite workload variant in the assembly.</summary>
    public static IEnumerable<string> Variants => WorkloadRegistry<SqliteWorkload>.Names;

    /// <summary>The row count for the current mode.</summary>
    public static IEnumerable<int> RowCounts => [BenchSizes.SqliteRows];

    /// <summary>Opens the variant's database.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = WorkloadRegistry<SqliteWorkload>.Create(Variant);
        _workload.Open();
    }

    /// <summary>Empties the table.</summary>
    [IterationSetup]
    public void ClearTable() => _workload!.Clear();

    /// <summary>The measured insert.</summary>
    [Benchmark(Description = "sqlite-insert")]
    public int Insert() => _workload!.Insert(Rows);

    /// <summary>Closes the database.</summary>
    [GlobalCleanup]
    public void Cleanup() => _workload?.Dispose();

    /// <inheritdoc/>
    public void Verify(string method, object? result)
    {
        Expect.Equal(Rows, result, $"{Variant} insert count");
        Expect.Equal(RowText.ExpectedChecksum(Rows), _workload!.Select(), $"{Variant} rows read back after insert");
    }
}
