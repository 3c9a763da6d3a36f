using Examples.Sqlite3;
using BindingForge.Runtime;

namespace BindingForge.Benchmarks.Interop;

/// <summary>
/// A <c>sqlite3*</c> held by the BindingForge runtime's <see cref="OwnedHandle"/> base, as generated safe code
/// will hold it; the threading mode decides what <see cref="NativeHandle.Enter"/> costs per call.
/// </summary>
internal sealed unsafe class RuntimeDatabase : OwnedHandle
{
    private RuntimeDatabase(ThreadingMode threading)
        : base(threading, ThreadingEnforcement.Check)
    {
    }

    /// <summary>Opens an in-memory database into a handle with the given threading rule.</summary>
    public static RuntimeDatabase OpenMemory(ThreadingMode threading)
    {
        var handle = new RuntimeDatabase(threading);
        sqlite3* db = null;
        int rc;
        fixed (byte* path = ":memory:"u8)
            rc = Sqlite3Native.sqlite3_open(path, &db);
        if (rc != Sqlite3Native.SQLITE_OK)
        {
            Sqlite3Native.sqlite3_close_v2(db);
            throw new InvalidOperationException($"sqlite3_open failed: {rc}");
        }
        handle.AttachOwned((nint)db);
        return handle;
    }

    /// <inheritdoc/>
    protected override void Free(nint pointer) => Sqlite3Native.sqlite3_close_v2((sqlite3*)pointer);
}
