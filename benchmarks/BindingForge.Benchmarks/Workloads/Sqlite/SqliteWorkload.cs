namespace BindingForge.Benchmarks.Workloads.Sqlite;

/// <summary>
/// The sqlite workloads, implemented once per binding. Every implementation opens an in-memory database, creates
/// <see cref="CreateTableSql"/>, prepares <see cref="InsertSql"/> and <see cref="SelectSql"/> once, and runs the
/// same loops as benchmarks/native/floor.c. Add a variant by deriving a class and marking it with
/// <see cref="WorkloadVariantAttribute"/>.
/// </summary>
public abstract class SqliteWorkload : IDisposable
{
    /// <summary>The one table.</summary>
    public const string CreateTableSql = "CREATE TABLE t(id INTEGER NOT NULL, name TEXT NOT NULL)";

    /// <summary>The prepared insert: ?1 = id, ?2 = name.</summary>
    public const string InsertSql = "INSERT INTO t(id, name) VALUES (?1, ?2)";

    /// <summary>The prepared select.</summary>
    public const string SelectSql = "SELECT id, name FROM t";

    /// <summary>Empties the table between insert iterations.</summary>
    public const string ClearSql = "DELETE FROM t";

    /// <summary>Opens the database, creates the table and prepares both statements.</summary>
    public abstract void Open();

    /// <summary>Deletes every row.</summary>
    public abstract void Clear();

    /// <summary>
    /// Inside one transaction, for <c>i</c> in <c>0..rows-1</c>: bind <c>i</c> and <c>RowText.Texts[i % 1000]</c>
    /// (a .NET string, copied by sqlite), step (expecting SQLITE_DONE), reset. Returns <paramref name="rows"/>.
    /// </summary>
    public abstract int Insert(int rows);

    /// <summary>
    /// Steps the select to the end, reading the id and copying the name into a .NET string for every row; returns
    /// the sum of <c>id + name.Length</c> (<see cref="Support.RowText.ExpectedChecksum"/>).
    /// </summary>
    public abstract long Select();

    /// <summary>Finalizes the statements and closes the database.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the native resources.</summary>
    protected abstract void Dispose(bool disposing);
}
