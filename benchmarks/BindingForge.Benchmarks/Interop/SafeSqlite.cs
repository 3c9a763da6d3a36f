using SafeApi = global::BindingForge.Sqlite;

namespace BindingForge.Benchmarks.Interop;

/// <summary>
/// Setup helpers over the generated safe layer (<c>examples/Sqlite3Safe/Generated</c>, namespace
/// <c>BindingForge.Sqlite</c>): what a user of that layer writes to open, run and prepare. Errors throw
/// <see cref="SafeApi.SqliteException"/> from the generated code.
/// </summary>
public static class SafeSqlite
{
    /// <summary>Opens a private in-memory database.</summary>
    public static SafeApi.Database OpenMemory() =>
        SafeApi.Database.Open(":memory:");

    /// <summary>Runs SQL without a callback (the generated method throws on an error code).</summary>
    public static void Exec(SafeApi.Database db, string sql) => db.Exec(sql);

    /// <summary>Prepares one statement.</summary>
    public static SafeApi.Statement Prepare(SafeApi.Database db, string sql)
    {
        return db.PrepareV2(sql);
    }
}
