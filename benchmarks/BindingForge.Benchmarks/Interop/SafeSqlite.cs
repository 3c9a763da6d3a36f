using SafeApi = global::BindingForge.Sqlite;

namespace BindingForge.Benchmarks.Interop;

/// <summary>
/// Setup helpers over the generated safe layer (<c>examples/Sqlite3Safe/Generated</c>, namespace
/// <c>BindingForge.Sqlite</c>): what a user of that layer writes to open, run and prepare. Errors throw
/// <see cref="SafeApi.SqliteException"/> from the generated code; a null handle is turned into an exception here.
/// </summary>
public static class SafeSqlite
{
    /// <summary>Opens a private in-memory database.</summary>
    public static SafeApi.Database OpenMemory() =>
        SafeApi.Database.Open(":memory:") ?? throw new InvalidOperationException("sqlite3_open returned no handle");

    /// <summary>Runs SQL without a callback (the generated method throws on an error code).</summary>
    public static void Exec(SafeApi.Database db, string sql) => _ = db.Exec(sql);

    /// <summary>Prepares one statement.</summary>
    public static SafeApi.Statement Prepare(SafeApi.Database db, string sql)
    {
        _ = db.PrepareV2(sql, out var statement, out _);
        return statement ?? throw new InvalidOperationException($"no statement for {sql}");
    }
}
