using System.Text;
using BindingForge.Benchmarks.Interop;
using Examples.Sqlite3;
using BindingForge.Benchmarks.Support;
using static Examples.Sqlite3.Sqlite3Native;

namespace BindingForge.Benchmarks.Workloads.Sqlite;

/// <summary>
/// The generated thin binding used directly: raw pointers, strings encoded into a stack buffer, every return
/// code checked. This is the baseline every ratio is taken against.
/// </summary>
[WorkloadVariant("thin", order: 0)]
public sealed unsafe class ThinSqliteWorkload : SqliteWorkload
{
    private sqlite3* _db;
    private sqlite3_stmt* _insert;
    private sqlite3_stmt* _select;

    /// <inheritdoc/>
    public override void Open()
    {
        _db = ThinSqlite.OpenMemory();
        ThinSqlite.Exec(_db, CreateTableSql);
        _insert = ThinSqlite.Prepare(_db, InsertSql);
        _select = ThinSqlite.Prepare(_db, SelectSql);
    }

    /// <inheritdoc/>
    public override void Clear() => ThinSqlite.Exec(_db, ClearSql);

    /// <inheritdoc/>
    public override int Insert(int rows)
    {
        var texts = RowText.Texts;
        ThinSqlite.Exec(_db, "BEGIN");
        Span<byte> buffer = stackalloc byte[256];
        fixed (byte* text = buffer)
        {
            for (int i = 0; i < rows; i++)
            {
                int length = Encoding.UTF8.GetBytes(texts[i % RowText.Count], buffer);
                ThinSqlite.Check(_db, sqlite3_bind_int(_insert, 1, i));
                ThinSqlite.Check(_db, sqlite3_bind_text(_insert, 2, text, length, SQLITE_TRANSIENT));
                int rc = sqlite3_step(_insert);
                if (rc != SQLITE_DONE)
                    ThinSqlite.Fail(_db, rc);
                ThinSqlite.Check(_db, sqlite3_reset(_insert));
            }
        }
        ThinSqlite.Exec(_db, "COMMIT");
        return rows;
    }

    /// <inheritdoc/>
    public override long Select()
    {
        long checksum = 0;
        int rc;
        while ((rc = sqlite3_step(_select)) == SQLITE_ROW)
        {
            int id = sqlite3_column_int(_select, 0);
            byte* text = sqlite3_column_text(_select, 1);
            string name = Encoding.UTF8.GetString(text, sqlite3_column_bytes(_select, 1));
            checksum += id + name.Length;
        }
        if (rc != SQLITE_DONE)
            ThinSqlite.Fail(_db, rc);
        ThinSqlite.Check(_db, sqlite3_reset(_select));
        return checksum;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        sqlite3_finalize(_insert);
        sqlite3_finalize(_select);
        sqlite3_close_v2(_db);
        _insert = null;
        _select = null;
        _db = null;
    }
}
