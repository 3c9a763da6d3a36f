using BindingForge.Generator.Tests.Support;
using BindingForge.Runtime;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// contracts/sqlite3.yaml generated in the safe style against the system sqlite3.h, compiled with the runtime and
/// run against the real libsqlite3: open an in-memory database, create, insert with a prepared statement and binds,
/// query, read text and blobs, and errors as SqliteException with sqlite's own message.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class Sqlite3RunTests
{
    private const string Driver = """
        using BindingForge.Runtime;
        using static BindingForge.Sqlite.Sqlite3Native;

        namespace BindingForge.Sqlite;

        public static unsafe class Driver
        {
            private static Database Open() => Database.OpenV2(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

            public static string Roundtrip()
            {
                using var db = Open();
                db.Exec("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, photo BLOB)");
                var prepared = db.PrepareV2("INSERT INTO people(name, age, photo) VALUES (?1, ?2, ?3)");
                using (var insert = prepared)
                {
                    foreach (var (name, age) in new[] { ("Ada", 36), ("Grace", 45), ("Linus", 28), ("Zo\u00eb", 51) })
                    {
                        insert.BindText(1, name);
                        insert.BindInt(2, age);
                        insert.BindBlob(3, [(byte)age, 1, 2]);
                        if (insert.Step() != SQLITE_DONE)
                            return "insert did not finish";
                        insert.Reset();
                    }
                    insert.BindText(1, "Bytes"u8);
                    insert.BindNull(2);
                    insert.Step();
                }

                var parts = new List<string> { $"rowid={db.LastInsertRowid()}", $"changes={db.Changes()}" };
                var (selected, tail) = db.PrepareV3("SELECT id, name, age, photo FROM people WHERE age > ?1 ORDER BY age", 0);
                parts.Add($"tail='{tail}'");
                using (var query = selected)
                {
                    query.BindInt(1, 30);
                    while (query.Step() == SQLITE_ROW)
                    {
                        var photo = query.ColumnBlob(3).ToArray();
                        parts.Add($"{query.ColumnInt64(0)}:{query.ColumnText(1)}:{query.ColumnInt(2)}:{photo[0]}");
                    }
                    parts.Add(query.ColumnName(1) ?? "<null>");
                }

                parts.Add(Sqlite3.Libversion().Split('.')[0]);
                return string.Join(" ", parts);
            }

            public static void MissingTable()
            {
                using var db = Open();
                _ = db.PrepareV2("SELECT * FROM missing");
            }

            public static void ExecError()
            {
                using var db = Open();
                db.Exec("CREATE TABLE t(x INTEGER PRIMARY KEY)");
                db.Exec("INSERT INTO t VALUES (1)");
                db.Exec("INSERT INTO t VALUES (1)");
            }

            public static string DisposingTheDatabaseFinalizesItsStatementsFirst()
            {
                var db = Open();
                var statement = db.PrepareV2("SELECT 40 + 2");
                statement.Step();
                int value = statement.ColumnInt(0);
                db.Dispose();
                string use;
                try
                {
                    statement.Step();
                    use = "usable";
                }
                catch (ObjectDisposedException)
                {
                    use = "ObjectDisposedException";
                }
                statement.Dispose();
                return $"{value} {db.IsDisposed} {statement.IsDisposed} {use}";
            }

            public static int UseAfterFinalize()
            {
                using var db = Open();
                var statement = db.PrepareV2("SELECT 1");
                statement.FinalizeStatement();
                return statement.Step();
            }

            public static string BlobViewGoesStale()
            {
                using var db = Open();
                var prepared = db.PrepareV2("SELECT x'010203' UNION ALL SELECT x'04'");
                using (var statement = prepared)
                {
                    statement.Step();
                    var view = statement.ColumnBlob(0);
                    var first = string.Join(",", view.ToArray());
                    statement.Step();
                    try
                    {
                        _ = view.Span;
                        return "stale view was read";
                    }
                    catch (InvalidOperationException)
                    {
                        return $"{first} stale";
                    }
                }
            }

            public static string TextThroughBlobView()
            {
                using var db = Open();
                var prepared = db.PrepareV2("SELECT 'h\u00e9llo'");
                using var statement = prepared;
                statement.Step();
                var view = statement.ColumnBlob(0);
                var text = System.Text.Encoding.UTF8.GetString(view.Span);
                var copy = statement.ColumnText(0);
                statement.Reset();
                try
                {
                    _ = view.Span;
                    return "stale view was read";
                }
                catch (InvalidOperationException)
                {
                    return $"{text} {copy} stale after reset";
                }
            }

            public static string TextViewGoesStale()
            {
                using var db = Open();
                var prepared = db.PrepareV2("SELECT 'h\u00e9llo' UNION ALL SELECT NULL");
                using var statement = prepared;
                statement.Step();
                var view = statement.ColumnTextUtf8(0);
                var viewed = System.Text.Encoding.UTF8.GetString(view.Span);
                var copied = statement.ColumnText(0);
                var length = view.Length;
                statement.Step();
                var nullView = statement.ColumnTextUtf8(0);
                var nullState = $"{nullView.IsEmpty}/{statement.ColumnText(0) is null}";
                try
                {
                    _ = view.Span;
                    return "stale view was read";
                }
                catch (InvalidOperationException)
                {
                    return $"{viewed}={copied} {viewed == copied} {length} null={nullState} stale after step";
                }
            }

            public static string NullTerminatedViewEndsAtTheTerminator()
            {
                using var db = Open();
                using var statement = db.PrepareV2("SELECT 'h\u00e9llo'");
                var sql = statement.SqlUtf8();
                var text = System.Text.Encoding.UTF8.GetString(sql.Span);
                var name = statement.ColumnNameUtf8(0);
                var column = System.Text.Encoding.UTF8.GetString(name.Span);
                return $"{text}|{sql.Length}|{column == statement.ColumnName(0)}";
            }

            public static string ScalarFunction()
            {
                int baseline = CallbackRegistry.LiveCount;
                string result;
                int registered;
                using (var db = Open())
                {
                    var factor = 2;
                    db.CreateFunctionV2("twice", 1, SQLITE_UTF8,
                        (context, values) => context.ResultInt(factor * values[0].Int()));
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    registered = CallbackRegistry.LiveCount - baseline;
                    using var statement = db.PrepareV2("SELECT twice(21), twice(5)");
                    statement.Step();
                    result = $"{statement.ColumnInt(0)},{statement.ColumnInt(1)}";
                }
                return $"{result} registered={registered} after={CallbackRegistry.LiveCount - baseline}";
            }

            public static string ScalarFunctionThrows()
            {
                using var db = Open();
                db.CreateFunctionV2("boom", 0, SQLITE_UTF8, (context, values) => throw new FormatException("from xFunc"));
                using var statement = db.PrepareV2("SELECT boom()");
                try
                {
                    statement.Step();
                    return "no exception";
                }
                catch (FormatException e)
                {
                    return e.Message;
                }
            }

            public static string ShapesReadLikeDotNet()
            {
                using var db = Open();
                db.Exec("CREATE TABLE kv(k TEXT, v TEXT); INSERT INTO kv VALUES ('a', 'x'), ('b', NULL);");
                var rows = new List<string>();
                db.Exec("SELECT k, v FROM kv ORDER BY k", (values, names) =>
                {
                    rows.Add($"{names[0]}={values[0]},{names[1]}={values[1] ?? "<null>"}");
                    return 0;
                });
                var (first, tail) = db.PrepareV3("SELECT 1; SELECT 2", 0);
                first.Dispose();
                string empty;
                try
                {
                    db.PrepareV2("  -- only a comment");
                    empty = "a statement";
                }
                catch (NativeCallException e) when (e.GetType() == typeof(NativeCallException))
                {
                    empty = "no statement";
                }

                FunctionContext? kept = null;
                Value? keptValue = null;
                db.CreateFunctionV2("keep", 1, SQLITE_UTF8, (context, values) => { kept = context; keptValue = values[0]; context.ResultInt(values[0].Int() + 1); });
                using var call = db.PrepareV2("SELECT keep(41)");
                call.Step();
                var result = call.ColumnInt(0);
                var outlived = "usable";
                try { kept!.ResultNull(); } catch (ObjectDisposedException) { outlived = "context disposed"; }
                try { keptValue!.Int(); } catch (ObjectDisposedException) { outlived += ", value disposed"; }
                return $"{string.Join(" ", rows)} tail='{tail}' {empty} {result} {outlived} readonly={call.Readonly()} autocommit={db.GetAutocommit()}";
            }

            public static string ExecCallback()
            {
                using var db = Open();
                db.Exec("CREATE TABLE n(v INTEGER); INSERT INTO n VALUES (1), (2), (3);");
                int rows = 0;
                db.Exec("SELECT v FROM n", (values, names) => { rows += values.Length; return 0; });
                return $"{rows} {CallbackRegistry.LiveCount}";
            }

            public static string BusyHandler()
            {
                var path = Path.Combine(Path.GetTempPath(), $"bf-busy-{Guid.NewGuid():N}.db");
                int baseline = CallbackRegistry.LiveCount;
                var retries = new List<int>();
                string outcome;
                using (var holder = Database.OpenV2(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
                using (var waiter = Database.OpenV2(path, SQLITE_OPEN_READWRITE))
                {
                    holder.Exec("CREATE TABLE t(x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);");
                    waiter.BusyHandler(count => 0); // replaced by the next set (scope: handle): freed then
                    waiter.BusyHandler(count => { GC.Collect(); retries.Add(count); return count < 3 ? 1 : 0; });
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    try
                    {
                        waiter.Exec("INSERT INTO t VALUES (2)");
                        outcome = "no busy";
                    }
                    catch (SqliteException e)
                    {
                        outcome = $"busy={e.Code}";
                    }
                    outcome += $" registered={CallbackRegistry.LiveCount - baseline}";
                }
                File.Delete(path);
                return $"{string.Join(",", retries)} {outcome} after={CallbackRegistry.LiveCount - baseline}";
            }
        }
        """;

    private static readonly Lazy<LoadedAssembly> Bindings = new(() =>
        SafeBindings.Load(SafeBindings.Options("contracts/sqlite3.yaml"), "SafeSqlite3", Driver));

    private static object? Run(string method) => Bindings.Value.Invoke("BindingForge.Sqlite.Driver", method);

    [Fact]
    public void Inserts_and_queries_through_prepared_statements()
    {
        Assert.Equal("rowid=5 changes=1 tail='' 1:Ada:36:36 2:Grace:45:45 4:Zo\u00eb:51:51 name 3", (string)Run("Roundtrip")!);
    }

    [Fact]
    public void Errors_throw_SqliteException_with_sqlites_message()
    {
        var prepare = Assert.IsAssignableFrom<NativeCallException>(Record.Exception(() => Run("MissingTable")));
        Assert.Equal(("SqliteException", 1L, "no such table: missing"), (prepare.GetType().Name, prepare.Code, prepare.NativeMessage));
        var exec = Assert.IsAssignableFrom<NativeCallException>(Record.Exception(() => Run("ExecError")));
        Assert.Equal("UNIQUE constraint failed: t.x", exec.NativeMessage);
        Assert.Contains("sqlite3_exec", exec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disposing_the_database_finalizes_its_statements_first_and_closes_it_now()
    {
        // sqlite3_close_v2 would otherwise leave a zombie connection until the last statement is finalized.
        Assert.Equal("42 True True ObjectDisposedException", (string)Run("DisposingTheDatabaseFinalizesItsStatementsFirst")!);
    }

    [Fact]
    public void A_finalized_statement_throws_ObjectDisposedException()
    {
        Assert.Throws<ObjectDisposedException>(() => Run("UseAfterFinalize"));
    }

    [Fact]
    public void Blob_views_go_stale_after_the_next_step()
    {
        Assert.Equal("1,2,3 stale", (string)Run("BlobViewGoesStale")!);
    }

    [Fact]
    public void Rows_tails_empty_sql_and_callback_objects_have_dotnet_shapes()
    {
        // exec rows are string?[] (NULL is null), prepare_v3's tail comes back in the tuple, SQL with no statement
        // throws (a factory never returns null), a context or value kept past its callback is disposed, and yes/no
        // answers (bool: true in the contract) are bool.
        Assert.Equal("k=a,v=x k=b,v=<null> tail=' SELECT 2' no statement 42 context disposed, value disposed readonly=True autocommit=True", (string)Run("ShapesReadLikeDotNet")!);
    }

    [Fact]
    public void Exec_runs_its_callback_and_frees_the_registration()
    {
        var baseline = CallbackRegistry.LiveCount;
        Assert.Equal($"3 {baseline}", (string)Run("ExecCallback")!);
    }

    [Fact]
    public void The_busy_handler_lives_as_long_as_its_database()
    {
        // retried 0..3, gave up (SQLITE_BUSY = 5) while the handler stayed registered, the one it replaced already
        // freed (scope: handle), freed with the connection.
        Assert.Equal("0,1,2,3 busy=5 registered=1 after=0", (string)Run("BusyHandler")!);
    }

    [Fact]
    public void Column_text_is_copied_and_the_blob_view_reads_it_without_copying_until_reset()
    {
        Assert.Equal("h\u00e9llo h\u00e9llo stale after reset", (string)Run("TextThroughBlobView")!);
    }

    [Fact]
    public void Column_text_utf8_is_a_zero_copy_view_equal_to_the_copy_and_stale_after_step()
    {
        // 6 UTF-8 bytes for "h\u00e9llo"; a NULL column is an empty view; the first view throws after the next Step.
        Assert.Equal("h\u00e9llo=h\u00e9llo True 6 null=True/True stale after step", (string)Run("TextViewGoesStale")!);
        // Borrowed text without a length: the view counts up to the terminator (15 bytes: é is two), no copy.
        Assert.Equal("SELECT 'h\u00e9llo'|15|True", (string)Run("NullTerminatedViewEndsAtTheTerminator")!);
    }

    [Fact]
    public void Create_function_v2_finds_its_delegate_through_sqlite3_user_data_and_is_freed_by_xDestroy()
    {
        Assert.Equal("42,10 registered=1 after=0", (string)Run("ScalarFunction")!);
    }

    [Fact]
    public void An_exception_in_a_sql_function_is_rethrown_after_the_step_that_ran_it()
    {
        Assert.Equal("from xFunc", (string)Run("ScalarFunctionThrows")!);
    }
}
