using System.Runtime.InteropServices;

namespace BindingForge.Benchmarks.Interop;

/// <summary>
/// A hand-written <see cref="SafeHandle"/> for <c>sqlite3_stmt*</c>, finalized with <c>sqlite3_finalize</c>. The
/// database is closed with <c>sqlite3_close_v2</c>, so release order between the two does not matter.
/// </summary>
internal sealed class SqliteStmtSafeHandle : SafeHandle
{
    /// <summary>Called by the marshaller for <c>out</c> parameters.</summary>
    public SqliteStmtSafeHandle()
        : base(0, ownsHandle: true)
    {
    }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == 0;

    /// <inheritdoc/>
    protected override bool ReleaseHandle() => HandWrittenSqlite.sqlite3_finalize(handle) == 0;
}
