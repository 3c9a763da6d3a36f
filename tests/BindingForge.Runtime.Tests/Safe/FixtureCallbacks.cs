using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Safe;

/// <summary>Stand-in for the generated static class's callback-taking functions, one per scope.</summary>
internal static unsafe class FixtureCallbacks
{
    /// <summary><c>callback: { scope: call, user_data: user_data }</c>.</summary>
    public static int CallEach(ReadOnlySpan<int> values, Func<int, int> callback)
    {
        using var cookie = CallbackCookie.Alloc(callback, CallbackScope.Call);
        int result;
        fixed (int* p = values)
            result = bf_call_each(p, (nuint)values.Length, &Trampolines.Invoke, (void*)cookie.UserData);
        CallbackExceptionSlot.ThrowIfCaptured();
        return result;
    }

    /// <summary><c>callback: { scope: async, user_data: user_data }</c>.</summary>
    public static void CallLater(Func<int, int> callback, int value)
    {
        var cookie = CallbackCookie.Alloc(callback, CallbackScope.Async);
        bf_call_later(&Trampolines.InvokeOnce, (void*)cookie.UserData, value);
    }

    public static int RunPending()
    {
        int ran = bf_run_pending();
        CallbackExceptionSlot.ThrowIfCaptured();
        return ran;
    }

    /// <summary><c>callback: { scope: notified, user_data: user_data, destroy: destroy }</c>.</summary>
    public static void Watch(Func<int, int> callback)
    {
        var cookie = CallbackCookie.Alloc(callback, CallbackScope.Notified);
        bf_watch(&Trampolines.Invoke, (void*)cookie.UserData, CallbackRegistry.DestroyNotify);
        CallbackExceptionSlot.ThrowIfCaptured();
    }

    public static int FireWatch(int value)
    {
        int result = bf_watch_fire(value);
        CallbackExceptionSlot.ThrowIfCaptured();
        return result;
    }

    public static void Unwatch()
    {
        bf_unwatch();
        CallbackExceptionSlot.ThrowIfCaptured();
    }
}
