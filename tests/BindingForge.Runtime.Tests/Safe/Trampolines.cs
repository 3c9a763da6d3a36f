using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BindingForge.Runtime.Tests.Safe;

/// <summary>
/// The [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])] trampolines generated code would emit for <c>bf_int_callback</c>: look the delegate up
/// by user_data, call it, and never let an exception reach native frames.
/// </summary>
internal static unsafe class Trampolines
{
    /// <summary>For scopes call, notified and forever: the registration stays.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static int Invoke(int value, void* userData)
    {
        try
        {
            return CallbackRegistry.Get<Func<int, int>>((nint)userData)(value);
        }
        catch (Exception exception)
        {
            CallbackExceptionSlot.Capture(exception);
            return -1;
        }
    }

    /// <summary>For scope async: the first (only) invocation frees the registration.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static int InvokeOnce(int value, void* userData)
    {
        try
        {
            return CallbackRegistry.Take<Func<int, int>>((nint)userData)(value);
        }
        catch (Exception exception)
        {
            CallbackExceptionSlot.Capture(exception);
            return -1;
        }
    }
}
