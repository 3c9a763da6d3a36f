using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace BindingForge.Runtime;

/// <summary>
/// Carries an exception thrown by a managed callback across the native frames that called it. A trampoline
/// must never let an exception unwind into C (the process would abort); it catches, calls <see cref="Capture"/>,
/// and returns the contract's error value. After the native call returns, generated code calls
/// <see cref="ThrowIfCaptured"/>, which rethrows with the callback's original stack trace.
/// </summary>
/// <remarks>
/// <para>The slot is per thread, which matches callbacks invoked synchronously by the native call. The first exception
/// wins and later ones during the same call are dropped: the first failure is the cause. A callback invoked
/// later on a library thread captures into that thread's slot; code that regains control on that thread calls
/// <see cref="TryTake"/> or <see cref="ThrowIfCaptured"/>.</para>
/// <para>Every call into a library with lasting callbacks runs <see cref="ThrowIfCaptured"/>, so its common case (no
/// exception waits anywhere) is one read of a process-wide counter, not a thread-static read: on Linux a
/// thread-static access is a call into the TLS resolver, which cost more than the rest of a generated call's
/// bookkeeping (issue 6). Only when some thread holds an exception does it look at this thread's slot.</para>
/// </remarks>
public static class CallbackExceptionSlot
{
    [ThreadStatic]
    private static ExceptionDispatchInfo? t_captured;

    /// <summary>How many threads hold a captured exception; 0 almost always.</summary>
    private static int s_waiting;

    /// <summary>True when an exception waits on the calling thread.</summary>
    public static bool HasCaptured => Volatile.Read(ref s_waiting) != 0 && t_captured is not null;

    /// <summary>Stores <paramref name="exception"/> unless one is already waiting.</summary>
    public static void Capture(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (t_captured is not null)
            return;
        t_captured = ExceptionDispatchInfo.Capture(exception);
        Interlocked.Increment(ref s_waiting);
    }

    /// <summary>Rethrows and clears the waiting exception, if any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ThrowIfCaptured()
    {
        if (Volatile.Read(ref s_waiting) != 0)
            ThrowIfCapturedSlow();
    }

    /// <summary>Removes and returns the waiting exception, if any.</summary>
    public static Exception? TryTake() => Take()?.SourceException;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIfCapturedSlow() => Take()?.Throw();

    private static ExceptionDispatchInfo? Take()
    {
        ExceptionDispatchInfo? captured = t_captured;
        if (captured is null)
            return null;
        t_captured = null;
        Interlocked.Decrement(ref s_waiting);
        return captured;
    }
}
