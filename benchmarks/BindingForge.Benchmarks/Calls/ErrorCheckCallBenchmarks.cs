using BenchmarkDotNet.Attributes;
using BindingForge.Benchmarks.Interop;
using Examples.Sqlite3;
using BindingForge.Benchmarks.Support;
using Raw = SQLitePCL.raw;
using SafeApi = global::BindingForge.Sqlite;
using static Examples.Sqlite3.Sqlite3Native;

namespace BindingForge.Benchmarks.Calls;

/// <summary>
/// A call returning a status code, <c>sqlite3_reset</c> on a statement that is already reset (returns
/// SQLITE_OK): the cost of checking the code and keeping the throw path out of line, against ignoring it.
/// </summary>
[MemoryDiagnoser]
public unsafe class ErrorCheckCallBenchmarks : ISelfChecking
{
    private sqlite3* _db;
    private sqlite3_stmt* _stmt;
    private SqliteDbSafeHandle? _safeDb;
    private SqliteStmtSafeHandle? _safeStmt;
    private SQLitePCL.sqlite3? _pclDb;
    private SQLitePCL.sqlite3_stmt? _pclStmt;
    private SafeApi.Database? _safeApiDb;
    private SafeApi.Statement? _safeApiStmt;

    /// <summary>Prepares <c>SELECT 1</c> once per binding.</summary>
    [GlobalSetup]
    public void Setup()
    {
        NativeSetup.EnsureInitialized();
        _db = ThinSqlite.OpenMemory();
        _stmt = ThinSqlite.Prepare(_db, "SELECT 1");
        _safeDb = HandWrittenSqlite.OpenMemory();
        _safeStmt = HandWrittenSqlite.Prepare(_safeDb, "SELECT 1");
        _safeApiDb = SafeSqlite.OpenMemory();
        _safeApiStmt = SafeSqlite.Prepare(_safeApiDb, "SELECT 1");
        if (Raw.sqlite3_open(":memory:", out _pclDb) != Raw.SQLITE_OK
            || Raw.sqlite3_prepare_v2(_pclDb, "SELECT 1", out _pclStmt) != Raw.SQLITE_OK)
            throw new InvalidOperationException("SQLitePCLRaw setup failed");
    }

    /// <summary>Thin, code ignored: the floor for this call.</summary>
    [Benchmark(Description = "error-check/thin-unchecked")]
    public int ThinUnchecked() => sqlite3_reset(_stmt);

    /// <summary>Thin with a check that throws (with sqlite's message) from an out-of-line helper.</summary>
    [Benchmark(Description = "error-check/thin")]
    public int Thin()
    {
        int rc = sqlite3_reset(_stmt);
        if (rc != SQLITE_OK)
            ThinSqlite.Fail(_db, rc);
        return rc;
    }

    /// <summary>The generated safe layer's <c>Statement.Reset()</c>: its generated check throws SqliteException.</summary>
    [Benchmark(Description = "error-check/safe")]
    public int Safe()
    {
        _safeApiStmt!.Reset(); // status-only: void, a failure throws
        return 0;
    }

    /// <summary>Hand-written SafeHandle call plus the same check.</summary>
    [Benchmark(Description = "error-check/safehandle")]
    public int SafeHandle()
    {
        int rc = HandWrittenSqlite.sqlite3_reset(_safeStmt!);
        HandWrittenSqlite.Check(_safeDb!, rc);
        return rc;
    }

    /// <summary>SQLitePCLRaw call plus the same check.</summary>
    [Benchmark(Description = "error-check/sqlitepclraw")]
    public int PclRaw()
    {
        int rc = Raw.sqlite3_reset(_pclStmt);
        if (rc != Raw.SQLITE_OK)
            throw new InvalidOperationException($"sqlite error {rc}: {Raw.sqlite3_errmsg(_pclDb).utf8_to_string()}");
        return rc;
    }

    /// <summary>Frees everything.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        sqlite3_finalize(_stmt);
        sqlite3_close_v2(_db);
        _stmt = null;
        _db = null;
        _safeStmt?.Dispose();
        _safeDb?.Dispose();
        _pclStmt?.Dispose();
        _pclDb?.Dispose();
        _safeApiStmt?.Dispose();
        _safeApiDb?.Dispose();
    }

    /// <inheritdoc/>
    public void Verify(string method, object? result) => Expect.Equal(SQLITE_OK, result, method);
}
