namespace BindingForge.Runtime;

/// <summary>
/// A managed callback target registered for native code: <see cref="UserData"/> is what the native function
/// receives as its <c>user_data</c> and hands back to the <c>[UnmanagedCallersOnly]</c> trampoline, which looks the
/// target up with <see cref="CallbackRegistry.Get{T}"/>. The target cannot be collected until the cookie is freed.
/// </summary>
/// <remarks>
/// Per scope, generated code does:
/// <list type="bullet">
/// <item><description>call: <c>using var cookie = CallbackCookie.Alloc(callback, CallbackScope.Call);</c> around the call.</description></item>
/// <item><description>async: allocate; the trampoline frees it with <see cref="CallbackRegistry.Take{T}"/>; free it if the call failed.</description></item>
/// <item><description>notified: allocate; pass <see cref="CallbackRegistry.DestroyNotify"/> as the destroy function.</description></item>
/// <item><description>forever: allocate; after the call succeeded, <see cref="NativeHandle.AttachCallback"/> on the owning handle.</description></item>
/// </list>
/// </remarks>
public readonly struct CallbackCookie : IDisposable
{
    private CallbackCookie(nint userData) => UserData = userData;

    /// <summary>The value to pass as the native <c>user_data</c>; 0 for an empty cookie.</summary>
    public nint UserData { get; }

    /// <summary>True unless this is the default (empty) cookie.</summary>
    public bool IsAllocated => UserData != 0;

    /// <summary>Registers <paramref name="target"/> (usually a delegate) for native code to call back.</summary>
    public static CallbackCookie Alloc(object target, CallbackScope scope) => new(CallbackRegistry.Register(target, scope));

    /// <summary>Wraps a <c>user_data</c> value received from native code.</summary>
    public static CallbackCookie FromUserData(nint userData) => new(userData);

    /// <summary>Frees the registration. Freeing an empty cookie does nothing; freeing twice throws.</summary>
    /// <exception cref="InvalidOperationException">The registration was already freed.</exception>
    public void Free()
    {
        if (UserData != 0)
            CallbackRegistry.Free(UserData);
    }

    /// <summary>Frees the registration (for <c>using</c> with <see cref="CallbackScope.Call"/>).</summary>
    public void Dispose() => Free();
}
