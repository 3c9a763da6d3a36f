using BindingForge.Benchmarks.Interop;
using BindingForge.Benchmarks.Support;
using SQLitePCL;

namespace BindingForge.Benchmarks.Workloads.Sqlite;

/// <summary>
/// SQLitePCLRaw 3 (<c>SQLitePCL.raw</c>) over the system libsqlite3 through <c>provider.sqlite3</c>
/// (<see cref="NativeSetup"/>): its own SafeHandle-based <c>sqlite3</c>/<c>sqlite3_stmt</c> and string overloads.
/// </summary>
[WorkloadVariant("sqlitepclraw", order: 3)]
public sealed class PclRawSqliteWorkload : SqliteWorkload
{
    private sqlite3? _db;
    private sqlite3_stmt? _insert;
    private sqlite3_stmt? _select;

    private sqlite3 Db => _db ?? throw new InvalidOperationException("Open() was not called.");

    /// <inheritdoc/>
    public override void Open()
    {
        NativeSetup.EnsureInitialized();
        Check(raw.sqlite3_open(":memory:", out _db));
        Check(raw.sqlite3_exec(_db, CreateTableSql));
        Check(raw.sqlite3_prepare_v2(_db, InsertSql, out _insert));
        Check(raw.sqlite3_prepare_v2(_db, SelectSql, out _select));
    }

    /// <inheritdoc/>
    public override void Clear() => Check(raw.sqlite3_exec(Db, ClearSql));

    /// <inheritdoc/>
    public override int Insert(int rows)
    {
        var insert = _insert!;
        var texts = RowText.Texts;
        Check(raw.sqlite3_exec(Db, "BEGIN"));
        for (int i = 0; i < rows; i++)
        {
            Check(raw.sqlite3_bind_int(insert, 1, i));
            Check(raw.sqlite3_bind_text(insert, 2, texts[i % RowText.Count]));
            int rc = raw.sqlite3_step(insert);
            if (rc != raw.SQLITE_DONE)
                Check(rc);
            Check(raw.sqlite3_reset(insert));
        }
        Check(raw.sqlite3_exec(Db, "COMMIT"));
        return rows;
    }

    /// <inheritdoc/>
    public override long Select()
    {
        var select = _select!;
        long checksum = 0;
        int rc;
        while ((rc = raw.sqlite3_step(select)) == raw.SQLITE_ROW)
        {
            int id = raw.sqlite3_column_int(select, 0);
            string name = raw.sqlite3_column_text(select, 1).utf8_to_string();
            checksum += id + name.Length;
        }
        if (rc != raw.SQLITE_DONE)
            Check(rc);
        Check(raw.sqlite3_reset(select));
        return checksum;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        _insert?.Dispose();
        _select?.Dispose();
        _db?.Dispose();
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
            throw new InvalidOperationException($"sqlite error {rc}: {raw.sqlite3_errmsg(_db).utf8_to_string()}");
    }
}
