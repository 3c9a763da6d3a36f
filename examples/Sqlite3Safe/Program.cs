// The same program as Sqlite3Thin, with the safe binding: handles are SafeHandles that free themselves once,
// statements keep their database alive, errors are SqliteException with sqlite's message, text is copied for you.
using BindingForge.Sqlite;
using static BindingForge.Sqlite.Sqlite3Native;

using var db = Database.OpenV2(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)!;
db.Exec("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)");

// sqlite3_db_config is variadic: the contract lists the form its on/off options take (int, int*), the C shim calls
// it, and DatabaseFlag names those options, so an option of another family cannot be passed with an int.
Console.WriteLine($"foreign keys {(db.Configure(DatabaseFlag.EnableFkey, 1) == 1 ? "on" : "off")}");
// sqlite3_log's format is fixed to "%s" by the contract: a message is never read as a format.
Sqlite3.Log(SQLITE_NOTICE, "100% of this line is text");

db.PrepareV2("INSERT INTO people(name, age) VALUES (?1, ?2)", out var prepared, out _);
using (var insert = prepared!)
{
    foreach (var (name, age) in new[] { ("Ada", 36), ("Grace", 45), ("Linus", 28) })
    {
        insert.BindText(1, name); // SQLITE_TRANSIENT is fixed by the contract: sqlite copies the text
        insert.BindInt(2, age);
        insert.Step();
        insert.Reset();
    }
}

Console.WriteLine($"inserted 3 rows, last rowid {db.LastInsertRowid()}");

db.PrepareV2("SELECT id, name, age FROM people WHERE age > ?1 ORDER BY age", out var selected, out _);
using (var query = selected!)
{
    query.BindInt(1, 30);
    while (query.Step() == SQLITE_ROW)
    {
        // ColumnText copies; ColumnTextUtf8 is a zero-copy view, valid until the next Step/Reset (stale use throws).
        var utf8 = query.ColumnTextUtf8(1);
        Console.WriteLine($"{query.ColumnInt64(0)}: {query.ColumnText(1)} ({query.ColumnInt(2)}, {utf8.Length} UTF-8 bytes)");
    }
}

// sqlite3_exec with a callback (scope: call): the delegate is registered for the call and freed after it.
// Its row arguments are C string arrays (char **), hence the unsafe block.
unsafe
{
    db.Exec("SELECT name FROM people ORDER BY name", (columns, values, names) =>
    {
        Console.WriteLine($"exec row: {System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)values[0])}");
        return 0; // non-zero would abort the statement (SQLITE_ABORT)
    });
}

// sqlite3_busy_handler (scope: forever): kept alive by the Database, freed when it is released.
db.BusyHandler(retries => retries < 3 ? 1 : 0);

// sqlite3_create_function_v2 (scope: notified): the trampoline finds the delegate through sqlite3_user_data(context)
// (contract: user_data_from); sqlite's xDestroy frees the registration when the function is dropped.
unsafe
{
    db.CreateFunctionV2("twice", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
        (context, count, values) => sqlite3_result_int(context, 2 * sqlite3_value_int(values[0])));
}
db.PrepareV2("SELECT twice(age) FROM people WHERE name = 'Ada'", out var twice, out _);
using (var call = twice!)
{
    call.Step();
    Console.WriteLine($"twice(36) = {call.ColumnInt(0)}");
}

try
{
    db.Exec("SELECT * FROM missing");
}
catch (SqliteException e)
{
    Console.WriteLine($"error {e.Code}: {e.NativeMessage}");
}

// sqlite3_version and sqlite3_temp_directory are exported variables: read-only properties by the contract.
Console.WriteLine($"sqlite {Sqlite3.Version} (temp directory: {Sqlite3.TempDirectory ?? "default"})");
