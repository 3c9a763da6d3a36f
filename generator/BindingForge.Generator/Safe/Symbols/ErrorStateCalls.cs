namespace BindingForge.Generator.Safe.Symbols;

/// <summary>
/// The thin calls behind an error domain's error-state facts, each null when the contract does not state it or the
/// thin layer did not bind it.
/// </summary>
/// <param name="Code">The call that reads a handle's current error code (<c>Sqlite3Native.sqlite3_errcode</c>).</param>
/// <param name="CodeText">The call that turns a code into text (<c>Sqlite3Native.sqlite3_errstr</c>).</param>
/// <param name="Lock">The lock to take, when the handle is free-threaded.</param>
internal sealed record ErrorStateCalls(string? Code, string? CodeText, ErrorLockCalls? Lock)
{
    public static readonly ErrorStateCalls None = new(null, null, null);
}

/// <summary>The lock over a handle's error state: the library's mutex functions (<c>Mutex</c> returns
/// <c>MutexType</c>), or all null for the runtime's per-handle lock (<c>lock: handle</c>).</summary>
internal sealed record ErrorLockCalls(string? Mutex, string? MutexType, string? Enter, string? Leave)
{
    public static readonly ErrorLockCalls PerHandle = new(null, null, null, null);

    public bool IsPerHandle => Mutex is null;
}
