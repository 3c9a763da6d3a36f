using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace BindingForge.Runtime;

/// <summary>
/// A native call reported failure: an error code outside the contract's <c>success</c> list, a null return under
/// <c>null_is_error</c>, or a failure with <c>errno</c>. Generated exceptions (<c>SqliteException</c>) derive from it.
/// </summary>
public class NativeCallException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public NativeCallException()
        : base("A native call failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public NativeCallException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public NativeCallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a failed call.</summary>
    /// <param name="code">The code the function returned (0 for a null return).</param>
    /// <param name="nativeMessage">The library's message (the contract's <c>message</c> function), if any.</param>
    /// <param name="function">The C function that failed.</param>
    /// <param name="errno">The captured errno, or 0.</param>
    public NativeCallException(long code, string? nativeMessage, string? function = null, int errno = 0)
        : base(FormatMessage(code, nativeMessage, function, errno))
    {
        Code = code;
        NativeMessage = nativeMessage;
        Function = function;
        Errno = errno;
    }

    /// <summary>The code the native function returned.</summary>
    public long Code { get; }

    /// <summary>The library's own message for the failure, if it has one.</summary>
    public string? NativeMessage { get; }

    /// <summary>The C function that failed.</summary>
    public string? Function { get; }

    /// <summary>The errno captured right after the call (<c>errno: true</c>), or 0.</summary>
    public int Errno { get; }

    /// <summary>
    /// Throws the failure of a call that already released its handles: the exception a callback raised during the
    /// call when there is one (it is the cause: the library failed because the callback did), else
    /// <paramref name="error"/>. Generated methods build the exception while they still hold their leases (the
    /// library's message may need the handle) and throw it through here once they let go, so their common path
    /// needs no <c>try/finally</c>.
    /// </summary>
    [DoesNotReturn]
    [StackTraceHidden]
    public static void ThrowFailure(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        CallbackExceptionSlot.ThrowIfCaptured();
        throw error;
    }

    /// <summary>Builds the message: <c>sqlite3_open_v2 failed with code 14: unable to open database file</c>.</summary>
    protected static string FormatMessage(long code, string? nativeMessage, string? function, int errno)
    {
        string text = $"{function ?? "native call"} failed with code {code}";
        if (!string.IsNullOrEmpty(nativeMessage))
            text += $": {nativeMessage}";
        if (errno != 0)
            text += $" (errno {errno})";
        return text;
    }
}
