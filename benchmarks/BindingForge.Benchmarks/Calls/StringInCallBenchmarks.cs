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
/// A short .NET string into C, <c>sqlite3_bind_text(stmt, 1, text, n, SQLITE_TRANSIENT)</c> on a prepared
/// <c>SELECT ?1</c>: UTF-16 to UTF-8 conversion, pinning, and the call (sqlite copies the text).
/// </summary>
[MemoryDiagnoser]
public unsafe class StringInCallBenchmarks : ISelfChecking
{
    /// <summary>The bound string (17 ASCII characters).</summary>
    public const string Text = "bindingforge-0042";

    private sqlite3* _db;
    private sqlite3_stmt* _stmt;
    private SqliteDbSafeHandle? _safeDb;
    private SqliteStmtSafeHandle? _safeStmt;
    private SQLitePCL.sqlite3? _pclDb;
    private SQLitePCL.sqlite3_stmt? _pclStmt;
    private SafeApi.Database? _safeApiDb;
    private SafeApi.Statement? _safeApiStmt;

    /// <summary>Prepares one statement per binding.</summary>
    [GlobalSetup]
    public void Setup()
    {
        NativeSetup.EnsureInitialized();
        _db = ThinSqlite.OpenMemory();
        _stmt = ThinSqlite.Prepare(_db, "SELECT ?1");
        _safeDb = HandWrittenSqlite.OpenMemory();
        _safeStmt = HandWrittenSqlite.Prepare(_safeDb, "SELECT ?1");
        _safeApiDb = SafeSqlite.OpenMemory();
        _safeApiStmt = SafeSqlite.Prepare(_safeApiDb, "SELECT ?1");
        if (Raw.sqlite3_open(":memory:", out _pclDb) != Raw.SQLITE_OK
            || Raw.sqlite3_prepare_v2(_pclDb, "SELECT ?1", out _pclStmt) != Raw.SQLITE_OK)
            throw new InvalidOperationException("SQLitePCLRaw setup failed");
    }

    /// <summary>Thin: encode into a stack buffer, pin, call.</summary>
    [Benchmark(Description = "string-in/thin")]
    public int Thin()
    {
        Span<byte> buffer = stackalloc byte[64];
        int length = Encoding.UTF8.GetBytes(Text, buffer);
        fixed (byte* text = buffer)
            return sqlite3_bind_text(_stmt, 1, text, length, SQLITE_TRANSIENT);
    }

    /// <summary>The generated safe layer's <c>BindText(int, string)</c>: a <c>Utf8Buffer</c> inside the method.</summary>
    [Benchmark(Description = "string-in/safe")]
    public int Safe()
    {
        _safeApiStmt!.BindText(1, Text); // status-only: void, a failure throws
        return 0;
    }

    /// <summary>The safe layer's <c>BindText(int, ReadOnlySpan&lt;byte&gt;)</c> after encoding into a stack buffer.</summary>
    [Benchmark(Description = "string-in/safe-utf8")]
    public int SafeUtf8()
    {
        Span<byte> buffer = stackalloc byte[64];
        int length = Encoding.UTF8.GetBytes(Text, buffer);
        _safeApiStmt!.BindText(1, buffer[..length]);
        return 0;
    }

    /// <summary>Hand-written: SafeHandle plus LibraryImport's UTF-8 string marshaller.</summary>
    [Benchmark(Description = "string-in/safehandle")]
    public int SafeHandle() => HandWrittenSqlite.sqlite3_bind_text(_safeStmt!, 1, Text, -1, HandWrittenSqlite.Transient);

    /// <summary>Thin call with the runtime's <see cref="Utf8Buffer"/> (inline storage, no allocation).</summary>
    [Benchmark(Description = "string-in/runtime-utf8")]
    public int RuntimeUtf8()
    {
        using var utf8 = new Utf8Buffer(Text);
        fixed (byte* text = utf8)
            return sqlite3_bind_text(_stmt, 1, text, utf8.Length, SQLITE_TRANSIENT);
    }

    /// <summary>SQLitePCLRaw's string overload.</summary>
    [Benchmark(Description = "string-in/sqlitepclraw")]
    public int PclRaw() => Raw.sqlite3_bind_text(_pclStmt, 1, Text);

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
    public void Verify(string method, object? result)
    {
        Expect.Equal(SQLITE_OK, result, method);
        // The variant must have bound exactly Text: step its statement and read the value back.
        string? bound = method switch
        {
            nameof(SafeHandle) => ReadBackSafeHandle(),
            nameof(PclRaw) => ReadBackPclRaw(),
            nameof(Safe) or nameof(SafeUtf8) => ReadBackSafe(),
            _ => ReadBackThin(),
        };
        Expect.Equal(Text, bound, $"{method}: value read back");
    }

    private string? ReadBackThin()
    {
        if (sqlite3_step(_stmt) != SQLITE_ROW)
            return null;
        string? text = Utf8Marshal.FromUtf8(sqlite3_column_text(_stmt, 0));
        sqlite3_reset(_stmt);
        return text;
    }

    private string? ReadBackSafeHandle()
    {
        if (HandWrittenSqlite.sqlite3_step(_safeStmt!) != SQLITE_ROW)
            return null;
        string? text = System.Runtime.InteropServices.Marshal.PtrToStringUTF8(HandWrittenSqlite.sqlite3_column_text(_safeStmt!, 0));
        HandWrittenSqlite.sqlite3_reset(_safeStmt!);
        return text;
    }

    private string? ReadBackSafe()
    {
        if (_safeApiStmt!.Step() != SafeApi.ResultCode.Row)
            return null;
        string? text = _safeApiStmt.ColumnText(0);
        _safeApiStmt.Reset();
        return text;
    }

    private string? ReadBackPclRaw()
    {
        if (Raw.sqlite3_step(_pclStmt) != Raw.SQLITE_ROW)
            return null;
        string text = Raw.sqlite3_column_text(_pclStmt, 0).utf8_to_string();
        Raw.sqlite3_reset(_pclStmt);
        return text;
    }
}
