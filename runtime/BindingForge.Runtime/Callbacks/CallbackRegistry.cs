using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BindingForge.Runtime;

/// <summary>
/// The GCHandles that keep managed callback targets alive while native code holds their <c>user_data</c>.
/// Every registration is counted, so tests can prove none leak (<see cref="LiveCount"/> back to its baseline),
/// and freeing a registration twice throws instead of freeing another object's GCHandle.
/// </summary>
public static unsafe class CallbackRegistry
{
    private static readonly ConcurrentDictionary<nint, CallbackScope> s_live = new();

    /// <summary>The number of registrations not yet freed.</summary>
    public static int LiveCount => s_live.Count;

    /// <summary>The number of live registrations of one scope.</summary>
    public static int LiveCountOf(CallbackScope scope) => s_live.Count(pair => pair.Value == scope);

    /// <summary>
    /// The destroy function for <see cref="CallbackScope.Notified"/> callbacks whose C type is
    /// <c>void (*)(void *user_data)</c>: it frees the registration. It never throws into native code; a failure
    /// is captured by <see cref="CallbackExceptionSlot"/>. Typed <c>unmanaged[Cdecl]</c> like the thin layer's
    /// function-pointer parameters.
    /// </summary>
    public static delegate* unmanaged[Cdecl]<void*, void> DestroyNotify => &DestroyNotifyTrampoline;

    /// <summary>Registers a target; returns the <c>user_data</c> value. Prefer <see cref="CallbackCookie.Alloc"/>.</summary>
    public static nint Register(object target, CallbackScope scope)
    {
        ArgumentNullException.ThrowIfNull(target);
        nint userData = GCHandle.ToIntPtr(GCHandle.Alloc(target));
        s_live[userData] = scope;
        return userData;
    }

    /// <summary>The target registered under <paramref name="userData"/>, for use inside a trampoline.</summary>
    /// <exception cref="InvalidOperationException">The value is 0 or the target has another type.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Get<T>(nint userData) where T : class
    {
        if (userData == 0)
            ThrowEmpty();
        return GCHandle.FromIntPtr(userData).Target as T ?? ThrowWrongType<T>();
    }

    /// <summary>Looks up and frees a registration in one step: the <see cref="CallbackScope.Async"/> trampoline's first line.</summary>
    public static T Take<T>(nint userData) where T : class
    {
        T target = Get<T>(userData);
        Free(userData);
        return target;
    }

    /// <summary>Frees a registration.</summary>
    /// <exception cref="InvalidOperationException">It was already freed, or never registered.</exception>
    public static void Free(nint userData)
    {
        if (!s_live.TryRemove(userData, out _))
            throw new InvalidOperationException($"Callback registration 0x{(nuint)userData:x} was already freed or never made.");
        GCHandle.FromIntPtr(userData).Free();
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void DestroyNotifyTrampoline(void* userData)
    {
        try
        {
            Free((nint)userData);
        }
        catch (Exception exception)
        {
            CallbackExceptionSlot.Capture(exception);
        }
    }

    private static void ThrowEmpty() =>
        throw new InvalidOperationException("Native code passed a null user_data to a managed callback.");

    private static T ThrowWrongType<T>() =>
        throw new InvalidOperationException($"The callback registration does not hold a {typeof(T).Name}.");
}
