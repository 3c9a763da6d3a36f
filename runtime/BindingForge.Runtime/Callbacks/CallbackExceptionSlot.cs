using System.Runtime.ExceptionServices;

namespace BindingForge.Runtime;

/// <summary>
/// Carries an exception thrown by a managed callback across the native frames that called it. A trampoline
/// must never let an exception unwind into C (the process would abort); it catches, calls <see cref="Capture"/>,
/// and returns the contract's error value. After the native call returns, generated code calls
/// <see cref="ThrowIfCaptured"/>, which rethrows with the callback's original stack trace.
/// </summary>
/// <remarks>
/// The slot is per thread, which matches callbacks invoked synchronously by the native call. The first exception
/// wins and later ones during the same call are dropped: the first failure is the cause. A callback invoked
/// later on a library thread captures into that thread's slot; code that regains control on that thread calls
/// <see cref="TryTake"/> or <see cref="ThrowIfCaptured"/>.
/// </remarks>
public static class CallbackExceptionSlot
{
    [ThreadStatic]
    private static ExceptionDispatchInfo? t_captured;

    /// <summary>True when an exception waits on the calling thread.</summary>
    public static bool HasCaptured => t_captured is not null;

    /// <summary>Stores <paramref name="exception"/> unless one is already waiting.</summary>
    public static void Capture(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        t_captured ??= ExceptionDispatchInfo.Capture(exception);
    }

    /// <summary>Rethrows and clears the waiting exception, if any.</summary>
    public static void ThrowIfCaptured()
    {
        ExceptionDispatchInfo? captured = t_captured;
        if (captured is null)
            return;
        t_captured = null;
        captured.Throw();
    }

    /// <summary>Removes and returns the waiting exception, if any.</summary>
    public static Exception? TryTake()
    {
        ExceptionDispatchInfo? captured = t_captured;
        t_captured = null;
        return captured?.SourceException;
    }
}
