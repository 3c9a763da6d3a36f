using BenchmarkDotNet.Attributes;
using BindingForge.Benchmarks.Interop;
using Examples.Sqlite3;
using BindingForge.Benchmarks.Support;
using BindingForge.Runtime;
using static Examples.Sqlite3.Sqlite3Native;

namespace BindingForge.Benchmarks.Calls;

/// <summary>
/// What each <c>--threading-checks</c> mode costs per call: <c>sqlite3_changes(db)</c> through a runtime handle
/// entered the way generated safe code enters it (<see cref="NativeHandle.Enter"/>), for an exclusive, a
/// thread-affine, a free-threaded and a readers-writer handle (its read and its changing entry) under <c>check</c>, <c>lock</c> and <c>none</c>. Single-threaded: this
/// is the uncontended cost; docs/threading.md reports the numbers. Each handle has its own in-memory database
/// with one inserted row, so every call returns 1.
/// </summary>
[MemoryDiagnoser]
public unsafe class ThreadingModeBenchmarks : ISelfChecking
{
    private static readonly ThreadingMode[] Modes = [ThreadingMode.Exclusive, ThreadingMode.ThreadAffine, ThreadingMode.FreeThreaded, ThreadingMode.ReadersWriter];
    private static readonly ThreadingEnforcement[] Enforcements = [ThreadingEnforcement.Check, ThreadingEnforcement.Lock, ThreadingEnforcement.None];

    private readonly ModeDatabase[,] _handles = new ModeDatabase[Modes.Length, Enforcements.Length];
    private sqlite3* _db;

    /// <summary>Opens one database per (threading, enforcement) pair plus a raw one.</summary>
    [GlobalSetup]
    public void Setup()
    {
        NativeSetup.EnsureInitialized();
        const string Sql = "CREATE TABLE t(x); INSERT INTO t VALUES (1)";
        _db = ThinSqlite.OpenMemory();
        ThinSqlite.Exec(_db, Sql);
        for (var m = 0; m < Modes.Length; m++)
        {
            for (var e = 0; e < Enforcements.Length; e++)
            {
                var db = ThinSqlite.OpenMemory();
                ThinSqlite.Exec(db, Sql);
                _handles[m, e] = new ModeDatabase(Modes[m], Enforcements[e], db);
            }
        }
    }

    /// <summary>Raw pointer: nothing but the call (the floor).</summary>
    [Benchmark(Baseline = true, Description = "mode/thin")]
    public int Thin() => sqlite3_changes(_db);

    /// <summary>Exclusive, check: compare-exchange in, store out; throws on overlap.</summary>
    [Benchmark(Description = "mode/exclusive-check")]
    public int ExclusiveCheck() => Call(0, 0);

    /// <summary>Exclusive, lock: the guard's compare-exchange when uncontended; a contended caller waits.</summary>
    [Benchmark(Description = "mode/exclusive-lock")]
    public int ExclusiveLock() => Call(0, 1);

    /// <summary>Exclusive, none: no guard, only the SafeHandle reference count.</summary>
    [Benchmark(Description = "mode/exclusive-none")]
    public int ExclusiveNone() => Call(0, 2);

    /// <summary>Thread-affine, check: a thread-id comparison.</summary>
    [Benchmark(Description = "mode/affine-check")]
    public int AffineCheck() => Call(1, 0);

    /// <summary>Thread-affine, lock: still a thread check (a lock cannot move a call to another thread).</summary>
    [Benchmark(Description = "mode/affine-lock")]
    public int AffineLock() => Call(1, 1);

    /// <summary>Thread-affine, none: no thread check, only the SafeHandle reference count.</summary>
    [Benchmark(Description = "mode/affine-none")]
    public int AffineNone() => Call(1, 2);

    /// <summary>Free-threaded, check: only the SafeHandle reference count.</summary>
    [Benchmark(Description = "mode/free-check")]
    public int FreeCheck() => Call(2, 0);

    /// <summary>Free-threaded, lock: the same (free-threaded handles never lock).</summary>
    [Benchmark(Description = "mode/free-lock")]
    public int FreeLock() => Call(2, 1);

    /// <summary>Free-threaded, none: the same.</summary>
    [Benchmark(Description = "mode/free-none")]
    public int FreeNone() => Call(2, 2);

    /// <summary>Readers-writer, check, a read call: one compare-exchange in, one interlocked decrement out.</summary>
    [Benchmark(Description = "mode/rw-read-check")]
    public int ReaderCheck() => Read(0);

    /// <summary>Readers-writer, lock, a read call: the same word; a reader waits only while a writer is inside.</summary>
    [Benchmark(Description = "mode/rw-read-lock")]
    public int ReaderLock() => Read(1);

    /// <summary>Readers-writer, check, a changing call: compare-exchange in, stores out.</summary>
    [Benchmark(Description = "mode/rw-write-check")]
    public int WriterCheck() => Call(3, 0);

    /// <summary>Readers-writer, lock, a changing call: the same, and an interlocked release.</summary>
    [Benchmark(Description = "mode/rw-write-lock")]
    public int WriterLock() => Call(3, 1);

    /// <summary>Closes every database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        sqlite3_close_v2(_db);
        _db = null;
        foreach (var handle in _handles)
            handle?.Dispose();
    }

    /// <inheritdoc/>
    public void Verify(string method, object? result) => Expect.Equal(1, result, method);

    private int Call(int mode, int enforcement)
    {
        using var lease = _handles[mode, enforcement].Enter();
        return sqlite3_changes(lease.As<sqlite3>());
    }

    private int Read(int enforcement)
    {
        using var lease = _handles[3, enforcement].EnterReader();
        return sqlite3_changes(lease.As<sqlite3>());
    }

    /// <summary>An owned sqlite3 connection with a chosen threading rule and enforcement mode.</summary>
    private sealed class ModeDatabase : OwnedHandle
    {
        public ModeDatabase(ThreadingMode threading, ThreadingEnforcement enforcement, sqlite3* db)
            : base(threading, enforcement) => AttachOwned((nint)db);

        protected override void Free(nint pointer) => sqlite3_close_v2((sqlite3*)pointer);
    }
}
