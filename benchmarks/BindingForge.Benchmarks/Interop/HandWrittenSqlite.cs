using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BindingForge.Benchmarks.Interop;

/// <summary>
/// The binding a careful developer writes by hand today: <see cref="SafeHandle"/> parameters and UTF-8 strings,
/// marshalled by the LibraryImport source generator (DangerousAddRef/DangerousRelease around every call, a
/// stack buffer for short strings). It is the "SafeHandle" column of every table.
/// </summary>
internal static partial class HandWrittenSqlite
{
    private const string Library = "sqlite3";

    /// <summary>SQLITE_TRANSIENT: sqlite copies bound text before the bind returns.</summary>
    internal const nint Transient = -1;

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_open_v2(string filename, out SqliteDbSafeHandle db, int flags, nint vfs);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_close_v2(nint db);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_exec(SqliteDbSafeHandle db, string sql, nint callback, nint state, nint errmsg);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_prepare_v2(SqliteDbSafeHandle db, string sql, int bytes, out SqliteStmtSafeHandle stmt, nint tail);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_finalize(nint stmt);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_changes(SqliteDbSafeHandle db);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint sqlite3_errmsg(SqliteDbSafeHandle db);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_bind_int(SqliteStmtSafeHandle stmt, int index, int value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_bind_text(SqliteStmtSafeHandle stmt, int index, string text, int bytes, nint destructor);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_step(SqliteStmtSafeHandle stmt);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_reset(SqliteStmtSafeHandle stmt);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_column_int(SqliteStmtSafeHandle stmt, int column);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint sqlite3_column_text(SqliteStmtSafeHandle stmt, int column);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_column_bytes(SqliteStmtSafeHandle stmt, int column);

    /// <summary>Opens an in-memory database, throwing on failure.</summary>
    internal static SqliteDbSafeHandle OpenMemory()
    {
        const int ReadWriteCreate = 0x2 | 0x4;
        int rc = sqlite3_open_v2(":memory:", out var db, ReadWriteCreate, 0);
        if (rc != 0)
        {
            db.Dispose();
            throw new InvalidOperationException($"sqlite3_open_v2 failed: {rc}");
        }
        return db;
    }

    /// <summary>Runs SQL without results, throwing with sqlite's message on failure.</summary>
    internal static void Exec(SqliteDbSafeHandle db, string sql) => Check(db, sqlite3_exec(db, sql, 0, 0, 0));

    /// <summary>Prepares a statement, throwing with sqlite's message on failure.</summary>
    internal static SqliteStmtSafeHandle Prepare(SqliteDbSafeHandle db, string sql)
    {
        int rc = sqlite3_prepare_v2(db, sql, -1, out var stmt, 0);
        if (rc != 0)
            stmt.Dispose();
        Check(db, rc);
        return stmt;
    }

    /// <summary>Throws with sqlite's message when <paramref name="rc"/> is not SQLITE_OK.</summary>
    internal static void Check(SqliteDbSafeHandle db, int rc)
    {
        if (rc != 0)
            throw new InvalidOperationException($"sqlite error {rc}: {Marshal.PtrToStringUTF8(sqlite3_errmsg(db))}");
    }
}
