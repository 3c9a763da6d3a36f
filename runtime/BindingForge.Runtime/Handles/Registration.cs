using System.Runtime.InteropServices;

namespace BindingForge.Runtime;

/// <summary>
/// One thing native code holds on behalf of a handle, shared by reference count between the handle and its
/// duplicates (the contract's <c>duplicate_of</c>): a callback registration (its GCHandle, freed when the last holder
/// lets go) or an argument kept alive (<c>kept_by</c>: a reference on its SafeHandle, released when the last holder
/// lets go, which then lets a disposed argument's native release run).
/// </summary>
internal sealed class Registration
{
    private readonly CallbackCookie _cookie;
    private readonly SafeHandle? _kept;
    private int _holders = 1;

    private Registration(CallbackCookie cookie, SafeHandle? kept)
    {
        _cookie = cookie;
        _kept = kept;
    }

    /// <summary>The argument this registration keeps alive, or null for a callback.</summary>
    public SafeHandle? Kept => _kept;

    /// <summary>A callback registration, now held once; null for an empty cookie (a callback set to null).</summary>
    public static Registration? Of(CallbackCookie cookie) => cookie.IsAllocated ? new Registration(cookie, null) : null;

    /// <summary>A reference on <paramref name="argument"/> (its native release waits for <see cref="Release"/>), now
    /// held once; null for a null argument.</summary>
    /// <exception cref="ObjectDisposedException">The argument was already released.</exception>
    public static Registration? Of(SafeHandle? argument)
    {
        if (argument is null)
            return null;
        bool added = false;
        argument.DangerousAddRef(ref added);
        (argument as NativeHandle)?.CountKeeper(1);
        return new Registration(default, argument);
    }

    /// <summary>One more holder (a duplicate of the handle); returns this.</summary>
    public Registration Share()
    {
        Interlocked.Increment(ref _holders);
        return this;
    }

    /// <summary>One holder fewer; the last one frees the callback registration or releases the kept argument.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _holders) != 0)
            return;
        _cookie.Free();
        if (_kept is null)
            return;
        (_kept as NativeHandle)?.CountKeeper(-1);
        _kept.DangerousRelease();
    }
}
