// The same program as Sqlite3Thin, with the safe binding: handles are SafeHandles that free themselves once,
// statements keep their database alive, errors are SqliteException with sqlite's message, text is copied for you.
// No pointers, no `unsafe`, no `!`: factories throw instead of returning null, and callbacks get strings and
// handles, not char** and sqlite3_value**.
using BindingForge.Sqlite;
using static BindingForge.Sqlite.Sqlite3Native;

// sqlite3_config is variadic: its SQLITE_CONFIG_LOG form takes a callback, which sqlite keeps for the whole process
// (so does the binding). It must run before the first connection opens.
Sqlite3.Configure(LogOption.Log, (code, message) => Console.WriteLine($"sqlite log {code}: {message}"));

using var db = Database.OpenV2(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
db.Exec("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)");

// sqlite3_db_config is variadic: the contract lists the form its on/off options take (int, int*), the C shim calls
// it, and DatabaseFlag names those options, so an option of another family cannot be passed with an int.
Console.WriteLine($"foreign keys {(db.Configure(DatabaseFlag.EnableFkey, 1) == 1 ? "on" : "off")}");
// sqlite3_log's format is fixed to "%s" by the contract: a message is never read as a format.
Sqlite3.Log(SQLITE_NOTICE, "100% of this line is text");

using (var insert = db.PrepareV2("INSERT INTO people(name, age) VALUES (?1, ?2)"))
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

using (var query = db.PrepareV2("SELECT id, name, age FROM people WHERE age > ?1 ORDER BY age"))
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
// Each row arrives as strings (a NULL column is null), with the column names.
db.Exec("SELECT name FROM people ORDER BY name", (values, names) =>
{
    Console.WriteLine($"exec row: {names[0]} = {values[0]}");
    return 0; // non-zero would abort the statement (SQLITE_ABORT)
});

// sqlite3_busy_handler (scope: handle): kept alive by the Database until the next BusyHandler call replaces it or it is released.
db.BusyHandler(retries => retries < 3 ? 1 : 0);

// sqlite3_create_function_v2 (scope: notified): the trampoline finds the delegate through sqlite3_user_data(context)
// (contract: user_data_from); sqlite's xDestroy frees the registration when the function is dropped. The context and
// the values are handles valid only during the call.
db.CreateFunctionV2("twice", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, (context, values) => context.ResultInt(2 * values[0].Int()));
using (var call = db.PrepareV2("SELECT twice(age) FROM people WHERE name = 'Ada'"))
{
    call.Step();
    Console.WriteLine($"twice(36) = {call.ColumnInt(0)}");
}

// prepare_v3 hands back the rest of the SQL after the first statement, for running a script one statement at a time.
var (first, rest) = db.PrepareV3("SELECT count(*) FROM people; SELECT 1", 0);
using (first)
{
    first.Step();
    Console.WriteLine($"count = {first.ColumnInt(0)}, rest: '{rest}'");
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
