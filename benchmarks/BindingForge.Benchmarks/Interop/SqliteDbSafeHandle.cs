using System.Runtime.InteropServices;

namespace BindingForge.Benchmarks.Interop;

/// <summary>A hand-written <see cref="SafeHandle"/> for <c>sqlite3*</c>, closed with <c>sqlite3_close_v2</c>.</summary>
internal sealed class SqliteDbSafeHandle : SafeHandle
{
    /// <summary>Called by the marshaller for <c>out</c> parameters.</summary>
    public SqliteDbSafeHandle()
        : base(0, ownsHandle: true)
    {
    }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == 0;

    /// <inheritdoc/>
    protected override bool ReleaseHandle() => HandWrittenSqlite.sqlite3_close_v2(handle) == 0;
}
