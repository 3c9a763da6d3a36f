using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BindingForge.Sqlite;
using static BindingForge.Sqlite.Sqlite3Native;

/// <summary>
/// A custom SQL scalar function registered with <c>sqlite3_create_function_v2</c> through the thin layer. The safe
/// style does not wrap that function yet: xFunc gets its user data back through <c>sqlite3_user_data(context)</c>,
/// not through an argument of its own, which contract v1 cannot state (docs/threading.md, "Not covered"). So this
/// file does by hand what a trampoline would: a GCHandle as pApp, freed by xDestroy when sqlite drops the function.
/// </summary>
internal static unsafe class ScalarFunction
{
    /// <summary>Registers <paramref name="body"/> as the one-argument integer function <paramref name="name"/>.</summary>
    public static void Register(Database db, string name, Func<int, int> body)
    {
        var userData = GCHandle.ToIntPtr(GCHandle.Alloc(body));
        var utf8 = System.Text.Encoding.UTF8.GetBytes(name + "\0");
        int rc;
        fixed (byte* zName = utf8)
        {
            // DangerousGetHandle without AddRef is fine here: db is alive and used on this thread only.
            rc = sqlite3_create_function_v2((sqlite3*)db.DangerousGetHandle(), zName, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                (void*)userData, &Invoke, null, null, &Destroy);
        }
        // On failure sqlite has already called xDestroy, which freed the GCHandle.
        if (rc != SQLITE_OK)
            throw new InvalidOperationException($"sqlite3_create_function_v2 failed: {rc}");
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Invoke(sqlite3_context* context, int argc, sqlite3_value** argv)
    {
        try
        {
            var body = (Func<int, int>)GCHandle.FromIntPtr((nint)sqlite3_user_data(context)).Target!;
            sqlite3_result_int(context, body(sqlite3_value_int(argv[0])));
        }
        catch (Exception e)
        {
            // Never let an exception unwind through sqlite's frames: report it as the SQL error instead.
            var message = System.Text.Encoding.UTF8.GetBytes(e.Message);
            fixed (byte* text = message)
                sqlite3_result_error(context, text, message.Length);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Destroy(void* userData) => GCHandle.FromIntPtr((nint)userData).Free();
}
