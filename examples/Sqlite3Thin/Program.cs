// The thin (-sys style) sqlite3 binding in use: every call is unsafe, and every rule (finalize before close, copy
// column text before the next step, free what sqlite allocates) is the caller's discipline.
using System.Runtime.InteropServices;
using System.Text;
using Examples.Sqlite3;
using static Examples.Sqlite3.Sqlite3Native;

unsafe
{
    sqlite3* db;
    fixed (byte* path = ":memory:"u8)
        Check(null, sqlite3_open(path, &db));
    try
    {
        Exec(db, "CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)");

        sqlite3_stmt* insert = Prepare(db, "INSERT INTO people(name, age) VALUES (?1, ?2)");
        foreach (var (name, age) in new[] { ("Ada", 36), ("Grace", 45), ("Linus", 28) })
        {
            var bytes = Encoding.UTF8.GetBytes(name);
            fixed (byte* text = bytes)
            {
                // SQLITE_TRANSIENT (-1): sqlite copies the text before bind returns.
                Check(db, sqlite3_bind_text(insert, 1, text, bytes.Length, (delegate* unmanaged[Cdecl]<void*, void>)SQLITE_TRANSIENT));
            }
            Check(db, sqlite3_bind_int(insert, 2, age));
            if (sqlite3_step(insert) != SQLITE_DONE)
                throw new InvalidOperationException(Message(db));
            Check(db, sqlite3_reset(insert));
        }
        Check(db, sqlite3_finalize(insert));
        Console.WriteLine($"inserted 3 rows, last rowid {sqlite3_last_insert_rowid(db)}");

        sqlite3_stmt* query = Prepare(db, "SELECT id, name, age FROM people WHERE age > ?1 ORDER BY age");
        Check(db, sqlite3_bind_int(query, 1, 30));
        while (sqlite3_step(query) == SQLITE_ROW)
        {
            long id = sqlite3_column_int64(query, 0);
            // The text is valid only until the next step: copy it now.
            string name = Encoding.UTF8.GetString(sqlite3_column_text(query, 1), sqlite3_column_bytes(query, 1));
            int age = sqlite3_column_int(query, 2);
            Console.WriteLine($"{id}: {name} ({age})");
        }
        Check(db, sqlite3_finalize(query));
        // sqlite3_version is the exported variable itself (a global), sqlite3_libversion() the function that returns it.
        Console.WriteLine($"sqlite {Encoding.UTF8.GetString(sqlite3_version)} ({Marshal.PtrToStringUTF8((nint)sqlite3_libversion())})");
    }
    finally
    {
        sqlite3_close(db);
    }
}

static unsafe void Exec(sqlite3* db, string sql)
{
    byte* errmsg = null;
    fixed (byte* text = Encoding.UTF8.GetBytes(sql + "\0"))
    {
        if (sqlite3_exec(db, text, null, null, &errmsg) != SQLITE_OK)
        {
            var message = Marshal.PtrToStringUTF8((nint)errmsg);
            sqlite3_free(errmsg);
            throw new InvalidOperationException(message);
        }
    }
}

static unsafe sqlite3_stmt* Prepare(sqlite3* db, string sql)
{
    sqlite3_stmt* stmt;
    var bytes = Encoding.UTF8.GetBytes(sql);
    fixed (byte* text = bytes)
        Check(db, sqlite3_prepare_v2(db, text, bytes.Length, &stmt, null));
    return stmt;
}

static unsafe void Check(sqlite3* db, int rc)
{
    if (rc != SQLITE_OK)
        throw new InvalidOperationException($"sqlite error {rc}: {(db is null ? "" : Message(db))}");
}

static unsafe string Message(sqlite3* db) => Marshal.PtrToStringUTF8((nint)sqlite3_errmsg(db)) ?? "";
