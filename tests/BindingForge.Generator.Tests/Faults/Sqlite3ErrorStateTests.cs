using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Faults;

/// <summary>
/// contracts/sqlite3.yaml's error-state facts against the real libsqlite3 (serialized mode, Debian's build): one
/// connection shared by several threads whose statements fail, each exception carrying its own statement's message
/// ("no such table: missing_17"); a failed step that keeps its message and can be stepped again; a NULL column read as null even
/// right after another statement on the connection failed (the failure codes of <c>null_may_be_error</c> are
/// SQLITE_NOMEM only, since sqlite3_errcode is stale there); out of memory inside sqlite (a hard heap limit) thrown by
/// ColumnText and ExpandedSql instead of returned as null; and a backup whose error is the destination's. The stress
/// and the out-of-memory run leave sqlite's heap (sqlite3_memory_used) where it was.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class Sqlite3ErrorStateTests
{
    private const string Driver = """
        using BindingForge.Runtime;
        using static BindingForge.Sqlite.Sqlite3Native;

        namespace BindingForge.Sqlite;

        public static unsafe class ErrorDriver
        {
            private static Database Open() => Database.OpenV2(":memory:", OpenFlags.ReadWrite | OpenFlags.Create | OpenFlags.FullMutex);

            /// <summary>Threads preparing statements on one connection, every other one against a table that does not exist.</summary>
            public static string SharedConnection(int threads, int iterations)
            {
                long heap = Sqlite3.MemoryUsed();
                return $"{Shared(threads, iterations)} heap={Sqlite3.MemoryUsed() - heap}";
            }

            private static string Shared(int threads, int iterations)
            {
                using var db = Open();
                db.Exec("CREATE TABLE present(x)");
                return BindingForge.Tests.Stress.Run(threads, iterations, (thread, i) =>
                {
                    int id = thread * iterations + i;
                    bool fails = i % 2 == 0;
                    try
                    {
                        var statement = db.PrepareV2(fails ? $"SELECT * FROM missing_{id}" : "SELECT * FROM present");
                        statement?.Dispose();
                        return fails ? BindingForge.Tests.Outcome.WrongOutcome : BindingForge.Tests.Outcome.Succeeded;
                    }
                    catch (SqliteException e) when (fails && e.Code == ResultCode.Error)
                    {
                        return e.NativeMessage == $"no such table: missing_{id}" ? BindingForge.Tests.Outcome.OwnFailure : BindingForge.Tests.Outcome.ForeignFailure;
                    }
                });
            }

            /// <summary>
            /// A step that fails on a constraint: the exception keeps the step's message and the statement is usable
            /// again. sqlite 3.40 halts a failed statement itself, so busy=0 would hold without the reset too; the
            /// fixture's cursor (ErrorStateRunTests) is what proves the reset runs after the error read and before
            /// the throw.
            /// </summary>
            public static string FailedStepIsReset()
            {
                using var db = Open();
                db.Exec("CREATE TABLE t(x INTEGER PRIMARY KEY); INSERT INTO t VALUES (1)");
                var prepared = db.PrepareV2("INSERT INTO t VALUES (1)");
                using var insert = prepared;
                try
                {
                    insert.Step();
                    return "no exception";
                }
                catch (SqliteException e)
                {
                    // After sqlite3_reset a statement can be stepped again from the start (and fails the same way).
                    var again = "";
                    try { insert.Step(); } catch (SqliteException second) { again = second.NativeMessage ?? ""; }
                    return $"{e.Code} '{e.NativeMessage}' busy={sqlite3_stmt_busy((sqlite3_stmt*)insert.DangerousGetHandle())} again='{again}'";
                }
            }

            /// <summary>A NULL column right after another statement on the connection failed: a value, not a failure.</summary>
            public static string NullColumnAfterAFailure()
            {
                using var db = Open();
                var prepared = db.PrepareV2("SELECT NULL, x'', 'text'");
                using var select = prepared;
                select.Step();
                try { db.Exec("SELECT * FROM missing"); } catch (SqliteException) { }
                var text = select.ColumnText(0) ?? "null";
                var blob = select.ColumnBlob(1).Length;
                return $"{text} {blob} {select.ColumnText(2)} errcode={db.Errcode()}";
            }

            /// <summary>sqlite3_expanded_sql on a live statement: text; its NULL would be SQLITE_NOMEM, never a value.</summary>
            public static string ExpandedSql()
            {
                using var db = Open();
                var prepared = db.PrepareV2("SELECT ?1");
                using var select = prepared;
                select.BindInt(1, 42);
                return select.ExpandedSql();
            }

            /// <summary>
            /// Out of memory inside sqlite, by a hard heap limit just above what is in use: text stored as UTF-16 read as
            /// UTF-8 needs a conversion buffer, so ColumnText gets NULL with sqlite3_errcode SQLITE_NOMEM and must throw;
            /// ExpandedSql of a statement bound to 100,000 characters gets NULL and must throw SQLITE_NOMEM too. Once the
            /// limit is lifted and the statement reset, the same reads succeed.
            /// </summary>
            public static string OutOfMemory()
            {
                long heap = Sqlite3.MemoryUsed();
                return $"{OutOfMemoryIn()} | heap={Sqlite3.MemoryUsed() - heap}";
            }

            private static string OutOfMemoryIn()
            {
                using var db = Open();
                db.Exec("PRAGMA encoding = 'UTF-16le'; CREATE TABLE t(x)");
                var inserting = db.PrepareV2("INSERT INTO t VALUES (?1)");
                using var insert = inserting;
                insert.BindText(1, new string('x', 100000));
                insert.Step();
                var selecting = db.PrepareV2("SELECT x FROM t");
                using var select = selecting;
                select.Step();
                var results = new List<string>();
                long previous = Sqlite3.HardHeapLimit64(-1);
                try
                {
                    Sqlite3.HardHeapLimit64(Sqlite3.MemoryUsed() + 4096);
                    try { results.Add(select.ColumnText(0) is null ? "text: null returned" : "text: read"); }
                    catch (SqliteException e) { results.Add($"text: {e.Code} '{e.NativeMessage}'"); }
                    try { results.Add($"sql: {insert.ExpandedSql().Length}"); }
                    catch (SqliteException e) { results.Add($"sql: {e.Code} '{e.NativeMessage}'"); }
                }
                finally
                {
                    Sqlite3.HardHeapLimit64(previous);
                }

                // The failed conversion lost the value (sqlite leaves the column NULL with SQLITE_NOMEM until the
                // statement is reset): reading it again still throws rather than pass that NULL off as the value.
                try { results.Add($"again: {select.ColumnText(0)?.Length ?? -1}"); }
                catch (SqliteException e) { results.Add($"again: {e.Code}"); }
                try { select.Reset(); } catch (SqliteException) { }
                select.Step();
                results.Add($"after reset: {select.ColumnText(0)?.Length} {insert.ExpandedSql().Length > 100000}");
                return string.Join(" | ", results);
            }

            /// <summary>A backup whose step fails reports the destination connection's message (error_parent: pDest).</summary>
            public static string BackupErrorFromDestination()
            {
                using var source = Open();
                using var destination = Open();
                source.Exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
                using var backup = destination.BackupInit("main", source, "main");
                var parent = backup.ErrorParent == destination;
                backup.Step(-1);
                return $"{parent} {destination.Errcode()}";
            }
        }
        """;

    private static readonly Lazy<LoadedAssembly> Bindings = new(() =>
        SafeBindings.Load(SafeBindings.Options("contracts/sqlite3.yaml"), "ErrorStateSqlite3", Driver, StressSource.Source));

    private static readonly TempDirectory Contracts = new();

    /// <summary>The control: contracts/sqlite3.yaml without its <c>lock:</c> facts (BF3520).</summary>
    private static readonly Lazy<LoadedAssembly> Unlocked = new(() =>
    {
        var path = Path.Combine(Contracts.Path, "sqlite3.yaml");
        File.WriteAllLines(path, File.ReadAllLines(Path.Combine(SafeBindings.Root, "contracts", "sqlite3.yaml"))
            .Where(l => !l.TrimStart().StartsWith("lock: { mutex: sqlite3_db_mutex", StringComparison.Ordinal)));
        return SafeBindings.Load(SafeBindings.Options(path), "ErrorStateSqlite3Unlocked", Driver, StressSource.Source);
    });

    private static string Run(string method, params object?[] arguments) => Run(Bindings.Value, method, arguments);

    private static string Run(LoadedAssembly assembly, string method, params object?[] arguments) =>
        (string)assembly.Invoke("BindingForge.Sqlite.ErrorDriver", method, arguments)!;

    [Fact]
    public void Errors_on_a_shared_connection_carry_their_own_statements_message()
    {
        Assert.Equal("errors=4000 mismatched=0 wrongcode=0 unexpected=0 heap=0", Run("SharedConnection", 4, 2000));
    }

    [Fact]
    public void Without_the_lock_errors_on_a_shared_connection_carry_other_statements_messages()
    {
        var result = "";
        // The window is short (sqlite3_prepare_v2 returning, then sqlite3_errmsg), so a run may miss it: up to 8 runs.
        // Unlocked, the read can also meet a message another thread is replacing (sqlite frees the old one), which
        // surfaces as an unexpected exception: both count as the control failing.
        static bool Clean(string result) => result.Length == 0 || result.Contains("mismatched=0 ", StringComparison.Ordinal) && result.Contains("unexpected=0 ", StringComparison.Ordinal);
        for (var attempt = 0; attempt < 8 && Clean(result); attempt++)
            result = Run(Unlocked.Value, "SharedConnection", 8, 3000);

        Assert.Matches("^errors=[0-9]+ mismatched=[0-9]+ wrongcode=0 unexpected=[0-9]+ heap=-?[0-9]+$", result);
        Assert.False(Clean(result), $"the unlocked control never read another call's message: {result}");
    }

    [Fact]
    public void A_failed_step_keeps_its_message_and_the_statement_stays_usable()
    {
        Assert.Equal("Constraint 'UNIQUE constraint failed: t.x' busy=0 again='UNIQUE constraint failed: t.x'", Run("FailedStepIsReset"));
    }

    [Fact]
    public void A_null_column_is_a_value_even_when_the_connections_code_is_a_stale_failure()
    {
        Assert.Equal("null 0 text errcode=Error", Run("NullColumnAfterAFailure"));
    }

    [Fact]
    public void Out_of_memory_inside_sqlite_throws_instead_of_returning_null()
    {
        Assert.Equal("text: NoMemory 'out of memory' | sql: NoMemory 'out of memory' | again: NoMemory | after reset: 100000 True | heap=0", Run("OutOfMemory"));
    }

    [Fact]
    public void Expanded_sql_returns_text()
    {
        Assert.Equal("SELECT 42", Run("ExpandedSql"));
    }

    [Fact]
    public void A_backup_reports_its_errors_through_the_destination()
    {
        Assert.Equal("True Ok", Run("BackupErrorFromDestination"));
    }
}
