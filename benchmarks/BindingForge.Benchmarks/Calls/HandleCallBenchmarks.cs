using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BindingForge.Benchmarks.Interop;
using Examples.Sqlite3;
using BindingForge.Benchmarks.Support;
using BindingForge.Runtime;
using Raw = SQLitePCL.raw;
using SafeApi = global::BindingForge.Sqlite;
using static Examples.Sqlite3.Sqlite3Native;

namespace BindingForge.Benchmarks.Calls;

/// <summary>
/// A call whose only argument is a handle, <c>sqlite3_changes(db)</c>: what keeping the handle alive and
/// unreleased during the call costs, per binding style. Each variant has its own in-memory database with one
/// inserted row, so every call returns 1.
/// </summary>
[MemoryDiagnoser]
public unsafe partial class HandleCallBenchmarks : ISelfChecking
{
    private sqlite3* _db;
    private SqliteDbSafeHandle? _safeHandle;
    private RuntimeDatabase? _counted;
    private RuntimeDatabase? _exclusive;
    private RuntimeDatabase? _affine;
    private SQLitePCL.sqlite3? _pclDb;
    private SafeApi.Database? _safeDb;

    /// <summary>Opens one database per variant and inserts a row in each.</summary>
    [GlobalSetup]
    public void Setup()
    {
        NativeSetup.EnsureInitialized();
        const string Sql = "CREATE TABLE t(x); INSERT INTO t VALUES (1)";
        _db = ThinSqlite.OpenMemory();
        ThinSqlite.Exec(_db, Sql);
        _safeHandle = HandWrittenSqlite.OpenMemory();
        HandWrittenSqlite.Exec(_safeHandle, Sql);
        _counted = OpenRuntime(ThreadingMode.FreeThreaded, Sql);
        _exclusive = OpenRuntime(ThreadingMode.Exclusive, Sql);
        _affine = OpenRuntime(ThreadingMode.ThreadAffine, Sql);
        _safeDb = SafeSqlite.OpenMemory();
        SafeSqlite.Exec(_safeDb, Sql);
        if (Raw.sqlite3_open(":memory:", out _pclDb) != Raw.SQLITE_OK || Raw.sqlite3_exec(_pclDb, Sql) != Raw.SQLITE_OK)
            throw new InvalidOperationException("SQLitePCLRaw setup failed");
    }

    /// <summary>Raw pointer: nothing but the call.</summary>
    [Benchmark(Description = "handle/thin")]
    public int Thin() => sqlite3_changes(_db);

    /// <summary>
    /// Raw pointer, declared with <see cref="SuppressGCTransitionAttribute"/> like the safe layer's <c>leaf</c>
    /// import: the like-for-like baseline for <c>handle/safe</c>, so the difference is the lease alone.
    /// </summary>
    [Benchmark(Description = "handle-sgt/thin")]
    public int ThinSuppressed() => sqlite3_changes_sgt(_db);

    /// <summary>The generated safe layer: <c>Database.Changes()</c> (free-threaded handle, counted lease).</summary>
    [Benchmark(Description = "handle/safe")]
    public int Safe() => _safeDb!.Changes();

    /// <summary>A SafeHandle parameter marshalled by LibraryImport: DangerousAddRef/DangerousRelease.</summary>
    [Benchmark(Description = "handle/safehandle")]
    public int SafeHandle() => HandWrittenSqlite.sqlite3_changes(_safeHandle!);

    /// <summary>The runtime's free-threaded guard: DangerousAddRef/DangerousRelease through a lease.</summary>
    [Benchmark(Description = "handle/runtime-counted")]
    public int RuntimeCounted()
    {
        using var lease = _counted!.Enter();
        return sqlite3_changes(lease.As<sqlite3>());
    }

    /// <summary>The runtime's exclusive guard: one compare-exchange in, one store out.</summary>
    [Benchmark(Description = "handle/runtime-exclusive")]
    public int RuntimeExclusive()
    {
        using var lease = _exclusive!.Enter();
        return sqlite3_changes(lease.As<sqlite3>());
    }

    /// <summary>The runtime's thread-affine guard: a thread-id comparison, no atomic instruction.</summary>
    [Benchmark(Description = "handle/runtime-affine")]
    public int RuntimeAffine()
    {
        using var lease = _affine!.Enter();
        return sqlite3_changes(lease.As<sqlite3>());
    }

    /// <summary>SQLitePCLRaw: its own SafeHandle class and provider interface.</summary>
    [Benchmark(Description = "handle/sqlitepclraw")]
    public int PclRaw() => Raw.sqlite3_changes(_pclDb);

    /// <summary>Closes every database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        sqlite3_close_v2(_db);
        _db = null;
        _safeHandle?.Dispose();
        _counted?.Dispose();
        _exclusive?.Dispose();
        _affine?.Dispose();
        _pclDb?.Dispose();
        _safeDb?.Dispose();
    }

    /// <inheritdoc/>
    public void Verify(string method, object? result) => Expect.Equal(1, result, method);

    [LibraryImport(Sqlite3Native.LibraryName, EntryPoint = "sqlite3_changes")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    private static partial int sqlite3_changes_sgt(sqlite3* db);

    private static RuntimeDatabase OpenRuntime(ThreadingMode threading, string sql)
    {
        var handle = RuntimeDatabase.OpenMemory(threading);
        using var lease = handle.Enter();
        ThinSqlite.Exec(lease.As<sqlite3>(), sql);
        return handle;
    }
}
