using BenchmarkDotNet.Attributes;
using BindingForge.Benchmarks.Interop;
using BindingForge.Benchmarks.Support;
using BindingForge.Runtime;
using Examples.Sqlite3;
using static Examples.Sqlite3.Sqlite3Native;

namespace BindingForge.Benchmarks.Calls;

/// <summary>
/// What the dependents' epoch check costs per call (issues 14 and 25): <c>sqlite3_changes</c> through a lease on an
/// independent handle (its check compares against an epoch that never changes) and on a dependent one, a handle
/// borrowed from the first (the check reads its scope's epoch), for the exclusive and the free-threaded guard.
/// The difference between the pairs is the check a pool object or a borrowed handle pays; the independent rows,
/// compared with <c>handle/runtime-*</c> of a build without the check, are what every handle pays.
/// </summary>
[MemoryDiagnoser]
public unsafe class ScopeCheckBenchmarks : ISelfChecking
{
    private RuntimeDatabase? _exclusive;
    private RuntimeDatabase? _counted;
    private RuntimeView? _exclusiveView;
    private RuntimeView? _countedView;

    /// <summary>Two databases with one row each, and a dependent view of each.</summary>
    [GlobalSetup]
    public void Setup()
    {
        NativeSetup.EnsureInitialized();
        _exclusive = Open(ThreadingMode.Exclusive);
        _counted = Open(ThreadingMode.FreeThreaded);
        _exclusiveView = RuntimeView.Of(_exclusive, ThreadingMode.Exclusive);
        _countedView = RuntimeView.Of(_counted, ThreadingMode.FreeThreaded);
    }

    [Benchmark(Description = "scope/independent-exclusive")]
    public int IndependentExclusive()
    {
        using var lease = _exclusive!.EnterExclusive();
        return sqlite3_changes(lease.As<sqlite3>());
    }

    [Benchmark(Description = "scope/dependent-exclusive")]
    public int DependentExclusive()
    {
        using var lease = _exclusiveView!.EnterExclusive();
        return sqlite3_changes(lease.As<sqlite3>());
    }

    [Benchmark(Description = "scope/independent-counted")]
    public int IndependentCounted()
    {
        using var lease = _counted!.EnterCounted();
        return sqlite3_changes(lease.As<sqlite3>());
    }

    [Benchmark(Description = "scope/dependent-counted")]
    public int DependentCounted()
    {
        using var lease = _countedView!.EnterCounted();
        return sqlite3_changes(lease.As<sqlite3>());
    }

    /// <summary>Disposes the views, then the databases.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _exclusiveView?.Dispose();
        _countedView?.Dispose();
        _exclusive?.Dispose();
        _counted?.Dispose();
    }

    /// <inheritdoc/>
    public void Verify(string method, object? result) => Expect.Equal(1, result, method);

    private static RuntimeDatabase Open(ThreadingMode threading)
    {
        var handle = RuntimeDatabase.OpenMemory(threading);
        using var lease = handle.Enter();
        ThinSqlite.Exec(lease.As<sqlite3>(), "CREATE TABLE t(x); INSERT INTO t VALUES (1)");
        return handle;
    }
}
