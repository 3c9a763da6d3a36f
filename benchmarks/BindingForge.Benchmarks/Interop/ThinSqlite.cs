using System.Runtime.InteropServices;
using System.Text;
using Examples.Sqlite3;
using static Examples.Sqlite3.Sqlite3Native;

namespace BindingForge.Benchmarks.Interop;

/// <summary>
/// Setup helpers over the generated thin binding, written the way examples/Sqlite3Thin writes them. They run
/// outside the measured loops; the loops call <see cref="Sqlite3Native"/> directly.
/// </summary>
internal static unsafe class ThinSqlite
{
    /// <summary>Opens an in-memory database.</summary>
    public static sqlite3* OpenMemory()
    {
        sqlite3* db = null;
        int rc;
        fixed (byte* path = ":memory:"u8)
            rc = sqlite3_open(path, &db);
        if (rc != SQLITE_OK)
        {
            sqlite3_close_v2(db);
            throw new InvalidOperationException($"sqlite3_open failed: {rc}");
        }
        return db;
    }

    /// <summary>Runs SQL without results.</summary>
    public static void Exec(sqlite3* db, string sql)
    {
        fixed (byte* text = Encoding.UTF8.GetBytes(sql + "\0"))
            Check(db, sqlite3_exec(db, text, null, null, null));
    }

    /// <summary>Prepares a statement.</summary>
    public static sqlite3_stmt* Prepare(sqlite3* db, string sql)
    {
        sqlite3_stmt* stmt = null;
        var bytes = Encoding.UTF8.GetBytes(sql);
        fixed (byte* text = bytes)
            Check(db, sqlite3_prepare_v2(db, text, bytes.Length, &stmt, null));
        return stmt;
    }

    /// <summary>Throws with sqlite's message unless <paramref name="rc"/> is SQLITE_OK.</summary>
    public static void Check(sqlite3* db, int rc)
    {
        if (rc != SQLITE_OK)
            Fail(db, rc);
    }

    /// <summary>Throws with sqlite's message; kept out of line so checks inline cheaply.</summary>
    public static void Fail(sqlite3* db, int rc) =>
        throw new InvalidOperationException($"sqlite error {rc}: {Marshal.PtrToStringUTF8((nint)sqlite3_errmsg(db))}");
}
