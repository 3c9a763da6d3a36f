using System.Reflection;
using System.Runtime.InteropServices;
using Examples.Sqlite3;
using SQLitePCL;

namespace BindingForge.Benchmarks.Interop;

/// <summary>
/// Points every binding at the same system libsqlite3. SQLitePCLRaw's <c>provider.sqlite3</c> declares
/// <c>[DllImport("sqlite3")]</c> and relies on the runtime's probing (<c>libsqlite3.so</c>, which only the -dev
/// package installs); a resolver on its assembly loads <c>libsqlite3.so.0</c> when that fails, so all bindings
/// share one copy of the library.
/// </summary>
internal static class NativeSetup
{
    private static readonly Lock Gate = new();
    private static bool _done;

    /// <summary>Loads the libraries and installs SQLitePCLRaw's provider once per process.</summary>
    public static void EnsureInitialized()
    {
        lock (Gate)
        {
            if (_done)
                return;
            // Runs the generated class's static constructor, which subscribes its library resolver.
            _ = Sqlite3Native.sqlite3_libversion_number();
            NativeLibrary.SetDllImportResolver(typeof(SQLite3Provider_sqlite3).Assembly, ResolveForPclRaw);
            raw.SetProvider(new SQLite3Provider_sqlite3());
            _done = true;
        }
    }

    private static nint ResolveForPclRaw(string name, Assembly assembly, DllImportSearchPath? path)
    {
        if (name != "sqlite3")
            return 0;
        if (NativeLibrary.TryLoad("libsqlite3.so", out var handle) || NativeLibrary.TryLoad("libsqlite3.so.0", out handle))
            return handle;
        return 0;
    }
}
