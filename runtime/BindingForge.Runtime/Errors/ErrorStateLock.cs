using System.ComponentModel;
using System.Threading;

namespace BindingForge.Runtime;

/// <summary>
/// Holds the lock that guards a handle's error state while a generated method makes its call and reads the error
/// (the contract's <c>errors: lock:</c>), so a free-threaded handle's message belongs to the call that failed and
/// not to another thread's call in between. Either the library's own mutex (<c>sqlite3_db_mutex</c>, entered and
/// left through the library's functions) or, for <c>lock: handle</c>, a monitor the runtime keeps per native
/// pointer. Both are reentrant as long as the library's mutex is: a callback may call back into the handle.
/// </summary>
/// <remarks>
/// The per-pointer monitors are striped (a fixed table indexed by the pointer's hash), so two handles may share a
/// stripe and wait for each other, never deadlock: a method takes one error-state lock at most. The lock only
/// guards calls made through the safe layer; C code that calls the library directly is not serialised.
/// </remarks>
public readonly unsafe struct ErrorStateLock : IDisposable
{
    private const int StripeCount = 64;
    private static readonly object[] Stripes = CreateStripes();

    private readonly nint _mutex;
    private readonly delegate*<nint, void> _leave;
    private readonly object? _monitor;

    private ErrorStateLock(nint mutex, delegate*<nint, void> leave, object? monitor)
    {
        _mutex = mutex;
        _leave = leave;
        _monitor = monitor;
    }

    /// <summary>True while this value holds a lock (false for a NULL mutex or a NULL handle).</summary>
    public bool IsHeld => _monitor is not null || _mutex != 0;

    /// <summary>Enters the library's <paramref name="mutex"/> with <paramref name="enter"/>; a NULL mutex (a library
    /// built without locking) holds nothing.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ErrorStateLock Native(nint mutex, delegate*<nint, void> enter, delegate*<nint, void> leave)
    {
        if (mutex == 0 || enter == null || leave == null)
            return default;
        enter(mutex);
        return new ErrorStateLock(mutex, leave, null);
    }

    /// <summary>Enters the runtime's monitor for the native <paramref name="handle"/> (<c>lock: handle</c>); a NULL
    /// handle holds nothing.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ErrorStateLock ForHandle(nint handle)
    {
        if (handle == 0)
            return default;
        var stripe = Stripes[(int)((ulong)handle.GetHashCode() * 0x9E3779B1UL >> 16) & (StripeCount - 1)];
        Monitor.Enter(stripe);
        return new ErrorStateLock(0, null, stripe);
    }

    /// <summary>Leaves the lock; a default value does nothing.</summary>
    public void Dispose()
    {
        if (_monitor is not null)
            Monitor.Exit(_monitor);
        else if (_mutex != 0)
            _leave(_mutex);
    }

    private static object[] CreateStripes()
    {
        var stripes = new object[StripeCount];
        for (var i = 0; i < stripes.Length; i++)
            stripes[i] = new object();
        return stripes;
    }
}
