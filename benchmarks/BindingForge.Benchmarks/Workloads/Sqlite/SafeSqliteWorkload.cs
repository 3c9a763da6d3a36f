using BindingForge.Benchmarks.Interop;
using BindingForge.Benchmarks.Support;
using SafeApi = global::BindingForge.Sqlite;

namespace BindingForge.Benchmarks.Workloads.Sqlite;

/// <summary>
/// The generated safe layer as a user writes it: <see cref="SafeApi.Database"/> and <see cref="SafeApi.Statement"/>
/// handles, <c>BindText(int, string)</c> (the generated code encodes into a <c>Utf8Buffer</c>), every error code
/// checked by the generated methods (they throw <see cref="SafeApi.SqliteException"/>).
/// </summary>
[WorkloadVariant("safe", order: 1)]
public class SafeSqliteWorkload : SqliteWorkload
{
    /// <summary>The open database.</summary>
    protected SafeApi.Database? Db { get; private set; }

    /// <summary>The prepared insert.</summary>
    protected SafeApi.Statement? InsertStatement { get; private set; }

    private SafeApi.Statement? _select;

    /// <inheritdoc/>
    public override void Open()
    {
        Db = SafeSqlite.OpenMemory();
        SafeSqlite.Exec(Db, CreateTableSql);
        InsertStatement = SafeSqlite.Prepare(Db, InsertSql);
        _select = SafeSqlite.Prepare(Db, SelectSql);
    }

    /// <inheritdoc/>
    public override void Clear() => SafeSqlite.Exec(Db!, ClearSql);

    /// <inheritdoc/>
    public override int Insert(int rows)
    {
        var texts = RowText.Texts;
        var insert = InsertStatement!;
        SafeSqlite.Exec(Db!, "BEGIN");
        for (int i = 0; i < rows; i++)
        {
            insert.BindInt(1, i);
            insert.BindText(2, texts[i % RowText.Count]);
            if (insert.Step() != SafeApi.ResultCode.Done)
                throw new InvalidOperationException("insert did not finish");
            insert.Reset();
        }
        SafeSqlite.Exec(Db!, "COMMIT");
        return rows;
    }

    /// <inheritdoc/>
    public override long Select()
    {
        var select = _select!;
        long checksum = 0;
        SafeApi.ResultCode rc;
        while ((rc = select.Step()) == SafeApi.ResultCode.Row)
        {
            int id = select.ColumnInt(0);
            string name = select.ColumnText(1) ?? string.Empty;
            checksum += id + name.Length;
        }
        if (rc != SafeApi.ResultCode.Done)
            throw new InvalidOperationException($"select ended with {rc}");
        select.Reset();
        return checksum;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (!disposing)
            return;
        InsertStatement?.Dispose();
        _select?.Dispose();
        Db?.Dispose();
        InsertStatement = null;
        _select = null;
        Db = null;
    }
}
