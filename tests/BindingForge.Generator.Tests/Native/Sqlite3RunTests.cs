using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// Binds the system's /usr/include/sqlite3.h whole, compiles the bindings with a small program, and runs SQL through
/// the real libsqlite3: open an in-memory database, create a table, insert with a prepared statement, select, close.
/// </summary>
public sealed class Sqlite3RunTests
{
    private const string Header = "/usr/include/sqlite3.h";

    private static readonly Lazy<GenerationResult> Generated = new(() => new VerifiedPipeline().Run(new GeneratorOptions
    {
        Headers = [Header],
        Library = "sqlite3",
        ClassName = "Sqlite3",
        Namespace = "Run.Sqlite",
    }));

    private const string Driver = """
        using System.Globalization;
        using System.Runtime.InteropServices;
        using System.Text;

        namespace Run.Sqlite;

        public static unsafe class Driver
        {
            public static string Run()
            {
                sqlite3* db;
                fixed (byte* name = ":memory:"u8)
                    Check(Sqlite3Native.sqlite3_open(name, &db), db);
                fixed (byte* sql = "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL)"u8)
                    Check(Sqlite3Native.sqlite3_exec(db, sql, null, null, null), db);

                sqlite3_stmt* insert;
                fixed (byte* sql = "INSERT INTO t(name, score) VALUES (?1, ?2)"u8)
                    Check(Sqlite3Native.sqlite3_prepare_v2(db, sql, -1, &insert, null), db);
                string[] names = ["alpha", "beta", "gamma"];
                for (var i = 0; i < names.Length; i++)
                {
                    var bytes = Encoding.UTF8.GetBytes(names[i]);
                    fixed (byte* text = bytes)
                        Check(Sqlite3Native.sqlite3_bind_text(insert, 1, text, bytes.Length, Sqlite3Native.SQLITE_TRANSIENT), db);
                    Check(Sqlite3Native.sqlite3_bind_double(insert, 2, i + 0.5), db);
                    if (Sqlite3Native.sqlite3_step(insert) != Sqlite3Native.SQLITE_DONE)
                        throw new InvalidOperationException(Error(db));
                    Check(Sqlite3Native.sqlite3_reset(insert), db);
                }

                Check(Sqlite3Native.sqlite3_finalize(insert), db);
                var rows = new StringBuilder();
                sqlite3_stmt* select;
                fixed (byte* sql = "SELECT id, name, score FROM t ORDER BY id"u8)
                    Check(Sqlite3Native.sqlite3_prepare_v2(db, sql, -1, &select, null), db);
                while (Sqlite3Native.sqlite3_step(select) == Sqlite3Native.SQLITE_ROW)
                {
                    var id = Sqlite3Native.sqlite3_column_int(select, 0);
                    var name = Marshal.PtrToStringUTF8((nint)Sqlite3Native.sqlite3_column_text(select, 1));
                    var score = Sqlite3Native.sqlite3_column_double(select, 2);
                    rows.Append(CultureInfo.InvariantCulture, $"{id}:{name}:{score};");
                }

                Check(Sqlite3Native.sqlite3_finalize(select), db);
                rows.Append(CultureInfo.InvariantCulture, $"last={Sqlite3Native.sqlite3_last_insert_rowid(db)}");
                Check(Sqlite3Native.sqlite3_close(db), null);
                return rows.ToString();
            }

            public static int Version() => Sqlite3Native.sqlite3_libversion_number();

            private static void Check(int rc, sqlite3* db)
            {
                if (rc != Sqlite3Native.SQLITE_OK)
                    throw new InvalidOperationException($"sqlite3 error {rc}: {Error(db)}");
            }

            private static string Error(sqlite3* db) =>
                db == null ? "" : Marshal.PtrToStringUTF8((nint)Sqlite3Native.sqlite3_errmsg(db)) ?? "";
        }
        """;

    [Fact]
    public void Binds_at_least_270_functions_and_says_what_it_skipped()
    {
        var result = Generated.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Summary.Functions >= 270, $"only {result.Summary.Functions} functions bound");
        Assert.True(result.Summary.Constants >= 400, $"only {result.Summary.Constants} constants bound");
        Assert.Contains(result.Summary.Skipped, s => s.Name == "sqlite3_mprintf" && s.DiagnosticId == DiagnosticIds.VariadicSkipped);
    }

    [Fact]
    public void Runs_sql_against_the_real_library()
    {
        using var assembly = GeneratedBinding.Load(Generated.Value, "RunSqlite", Driver);
        Assert.Equal("1:alpha:0.5;2:beta:1.5;3:gamma:2.5;last=3", assembly.Invoke("Run.Sqlite.Driver", "Run"));
        Assert.True((int)assembly.Invoke("Run.Sqlite.Driver", "Version")! >= 3_000_000);
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Run.Sqlite.Sqlite3NativeLayout", "Verify")!);
    }
}
