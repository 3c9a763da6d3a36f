using System.Runtime.InteropServices;
using System.Text;
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
/// A short C string out into a new .NET string: <c>sqlite3_column_text</c> + <c>sqlite3_column_bytes</c> on a
/// statement positioned on a row of <c>SELECT 'bindingforge-0042'</c>, then a UTF-8 decode (one allocation).
/// </summary>
[MemoryDiagnoser]
public unsafe class StringOutCallBenchmarks : ISelfChecking
{
    private const string Sql = "SELECT '" + StringInCallBenchmarks.Text + "'";

    private sqlite3* _db;
    private sqlite3_stmt* _stmt;
    private SqliteDbSafeHandle? _safeDb;
    private SqliteStmtSafeHandle? _safeStmt;
    private SQLitePCL.sqlite3? _pclDb;
    private SQLitePCL.sqlite3_stmt? _pclStmt;
    private SafeApi.Database? _safeApiDb;
    private SafeApi.Statement? _safeApiStmt;

    /// <summary>Prepares one statement per binding and steps each onto its row.</summary>
    [GlobalSetup]
    public void Setup()
    {
        NativeSetup.EnsureInitialized();
        _db = ThinSqlite.OpenMemory();
        _stmt = ThinSqlite.Prepare(_db, Sql);
        _safeDb = HandWrittenSqlite.OpenMemory();
        _safeStmt = HandWrittenSqlite.Prepare(_safeDb, Sql);
        _safeApiDb = SafeSqlite.OpenMemory();
        _safeApiStmt = SafeSqlite.Prepare(_safeApiDb, Sql);
        if (Raw.sqlite3_open(":memory:", out _pclDb) != Raw.SQLITE_OK
            || Raw.sqlite3_prepare_v2(_pclDb, Sql, out _pclStmt) != Raw.SQLITE_OK)
            throw new InvalidOperationException("SQLitePCLRaw setup failed");
        bool onRow = sqlite3_step(_stmt) == SQLITE_ROW
            && HandWrittenSqlite.sqlite3_step(_safeStmt) == SQLITE_ROW
            && Raw.sqlite3_step(_pclStmt) == Raw.SQLITE_ROW
            && _safeApiStmt.Step() == global::BindingForge.Sqlite.ResultCode.Row;
        if (!onRow)
            throw new InvalidOperationException("a statement did not reach its row");
    }

    /// <summary>Thin: pointer and length, decoded with <see cref="Encoding.UTF8"/>.</summary>
    [Benchmark(Description = "string-out/thin")]
    public string Thin() => Encoding.UTF8.GetString(sqlite3_column_text(_stmt, 0), sqlite3_column_bytes(_stmt, 0));

    /// <summary>The generated safe layer's <c>ColumnText(int)</c>: column_text + column_bytes + <c>Utf8Marshal</c>.</summary>
    [Benchmark(Description = "string-out/safe")]
    public string? Safe() => _safeApiStmt!.ColumnText(0);

    /// <summary>Hand-written: two SafeHandle calls and <see cref="Marshal.PtrToStringUTF8(nint, int)"/>.</summary>
    [Benchmark(Description = "string-out/safehandle")]
    public string SafeHandle() =>
        Marshal.PtrToStringUTF8(HandWrittenSqlite.sqlite3_column_text(_safeStmt!, 0), HandWrittenSqlite.sqlite3_column_bytes(_safeStmt!, 0));

    /// <summary>Thin calls decoded by the runtime's <see cref="Utf8Marshal"/>.</summary>
    [Benchmark(Description = "string-out/runtime-utf8")]
    public string? RuntimeUtf8() => Utf8Marshal.FromUtf8(sqlite3_column_text(_stmt, 0), sqlite3_column_bytes(_stmt, 0));

    /// <summary>SQLitePCLRaw: <c>utf8z</c> then <c>utf8_to_string</c>.</summary>
    [Benchmark(Description = "string-out/sqlitepclraw")]
    public string PclRaw() => Raw.sqlite3_column_text(_pclStmt, 0).utf8_to_string();

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
    public void Verify(string method, object? result) => Expect.Equal(StringInCallBenchmarks.Text, result, method);
}
