using System.Runtime.InteropServices;
using BindingForge.Benchmarks.Interop;
using BindingForge.Benchmarks.Support;
using static BindingForge.Benchmarks.Interop.HandWrittenSqlite;

namespace BindingForge.Benchmarks.Workloads.Sqlite;

/// <summary>
/// The hand-written SafeHandle binding (<see cref="HandWrittenSqlite"/>): every call marshals its handle with
/// DangerousAddRef/DangerousRelease and every string through the UTF-8 marshaller.
/// </summary>
[WorkloadVariant("safehandle", order: 2)]
public sealed class SafeHandleSqliteWorkload : SqliteWorkload
{
    private SqliteDbSafeHandle? _db;
    private SqliteStmtSafeHandle? _insert;
    private SqliteStmtSafeHandle? _select;

    private SqliteDbSafeHandle Db => _db ?? throw new InvalidOperationException("Open() was not called.");

    /// <inheritdoc/>
    public override void Open()
    {
        _db = OpenMemory();
        Exec(_db, CreateTableSql);
        _insert = Prepare(_db, InsertSql);
        _select = Prepare(_db, SelectSql);
    }

    /// <inheritdoc/>
    public override void Clear() => Exec(Db, ClearSql);

    /// <inheritdoc/>
    public override int Insert(int rows)
    {
        var db = Db;
        var insert = _insert!;
        var texts = RowText.Texts;
        Exec(db, "BEGIN");
        for (int i = 0; i < rows; i++)
        {
            Check(db, sqlite3_bind_int(insert, 1, i));
            Check(db, sqlite3_bind_text(insert, 2, texts[i % RowText.Count], -1, Transient));
            int rc = sqlite3_step(insert);
            if (rc != 101)
                Check(db, rc);
            Check(db, sqlite3_reset(insert));
        }
        Exec(db, "COMMIT");
        return rows;
    }

    /// <inheritdoc/>
    public override long Select()
    {
        var select = _select!;
        long checksum = 0;
        int rc;
        while ((rc = sqlite3_step(select)) == 100)
        {
            int id = sqlite3_column_int(select, 0);
            nint text = sqlite3_column_text(select, 1);
            string name = Marshal.PtrToStringUTF8(text, sqlite3_column_bytes(select, 1));
            checksum += id + name.Length;
        }
        if (rc != 101)
            Check(Db, rc);
        Check(Db, sqlite3_reset(select));
        return checksum;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        _insert?.Dispose();
        _select?.Dispose();
        _db?.Dispose();
    }
}
