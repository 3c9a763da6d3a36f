using BindingForge.Benchmarks.Interop;
using BindingForge.Benchmarks.Support;
using Microsoft.Data.Sqlite;

namespace BindingForge.Benchmarks.Workloads.Sqlite;

/// <summary>
/// Microsoft.Data.Sqlite (ADO.NET over SQLitePCLRaw, same provider and library): a prepared
/// <see cref="SqliteCommand"/> with parameters, and a <see cref="SqliteDataReader"/>.
/// </summary>
[WorkloadVariant("mds", order: 4)]
public sealed class MdsSqliteWorkload : SqliteWorkload
{
    private SqliteConnection? _connection;
    private SqliteCommand? _insert;
    private SqliteParameter? _id;
    private SqliteParameter? _name;
    private SqliteCommand? _select;

    private SqliteConnection Connection => _connection ?? throw new InvalidOperationException("Open() was not called.");

    /// <inheritdoc/>
    public override void Open()
    {
        NativeSetup.EnsureInitialized();
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute(CreateTableSql);
        _insert = _connection.CreateCommand();
        _insert.CommandText = InsertSql;
        _id = _insert.Parameters.Add("?1", SqliteType.Integer);
        _name = _insert.Parameters.Add("?2", SqliteType.Text);
        _insert.Prepare();
        _select = _connection.CreateCommand();
        _select.CommandText = SelectSql;
        _select.Prepare();
    }

    /// <inheritdoc/>
    public override void Clear() => Execute(ClearSql);

    /// <inheritdoc/>
    public override int Insert(int rows)
    {
        var insert = _insert!;
        var texts = RowText.Texts;
        using var transaction = Connection.BeginTransaction();
        insert.Transaction = transaction;
        for (int i = 0; i < rows; i++)
        {
            _id!.Value = i;
            _name!.Value = texts[i % RowText.Count];
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        insert.Transaction = null;
        return rows;
    }

    /// <inheritdoc/>
    public override long Select()
    {
        long checksum = 0;
        using var reader = _select!.ExecuteReader();
        while (reader.Read())
        {
            int id = reader.GetInt32(0);
            string name = reader.GetString(1);
            checksum += id + name.Length;
        }
        return checksum;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        _insert?.Dispose();
        _select?.Dispose();
        _connection?.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
