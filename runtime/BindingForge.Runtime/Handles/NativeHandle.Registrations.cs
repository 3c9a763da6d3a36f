using System.ComponentModel;

namespace BindingForge.Runtime;

public abstract partial class NativeHandle
{
    private RegistrationSet? _registrations;

    /// <summary>The set, created on first use; a borrowed handle then needs its finalizer to release it.</summary>
    private RegistrationSet Registrations()
    {
        var set = Volatile.Read(ref _registrations) ?? Interlocked.CompareExchange(ref _registrations, new RegistrationSet(), null) ?? _registrations!;
        if (_finalizerSuppressed)
        {
            _finalizerSuppressed = false;
            GC.ReRegisterForFinalize(this);
        }
        return set;
    }

    /// <summary>
    /// The number of things this handle keeps for native code: <c>scope: handle</c> callbacks, arguments kept alive
    /// (<c>kept_by</c>) and <c>forever</c> callbacks, counting those shared with a duplicate.
    /// </summary>
    public int RegistrationCount => Volatile.Read(ref _registrations)?.Count ?? 0;

    /// <summary>
    /// Keeps <paramref name="argument"/> alive for the native object, which stored its pointer without copying it
    /// (the contract's <c>kept_by</c>): its native release waits, even past its own Dispose, until this handle sets
    /// the same <paramref name="slot"/> again, is reset (<see cref="ReleaseRegistrations"/>) or is released. A null
    /// argument empties the slot. Generated code calls it after the setter succeeded, inside this handle's lease.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void KeepArgument(string slot, NativeHandle? argument) => Registrations().Set(slot, Registration.Of(argument));

    /// <summary>
    /// Keeps a <c>scope: handle</c> callback alive in <paramref name="slot"/> until the same slot is set again (the
    /// one it replaces is freed now: the setter returned, so native code holds the new one), this handle is reset or
    /// released. An empty cookie (a callback set to null) empties the slot.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AttachHandleCallback(string slot, CallbackCookie cookie) => Registrations().Set(slot, Registration.Of(cookie));

    /// <summary>
    /// After a call that reset the native object (the contract's <c>resets</c>): releases its <c>scope: handle</c>
    /// callbacks and kept arguments, which native code no longer holds. Forever callbacks stay until the release.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void ReleaseRegistrations() => Volatile.Read(ref _registrations)?.ReleaseSlots();

    /// <summary>
    /// After a call that made this handle a duplicate of <paramref name="original"/> (the contract's
    /// <c>duplicate_of</c>), whose native settings, callbacks and user data included, were copied: this handle holds
    /// every registration and kept argument of the original too, so each lives until neither handle holds it, in
    /// whichever order the two are disposed, reset or set again.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void ShareRegistrationsOf(NativeHandle original)
    {
        if (Volatile.Read(ref original._registrations) is { } theirs)
            Registrations().ShareFrom(theirs);
    }

    /// <summary>
    /// Before a call that may move this handle's native object (the contract's <c>updates</c>): refuses when another
    /// handle keeps this one alive (<c>kept_by</c>), since that handle's native object holds the current pointer.
    /// </summary>
    /// <exception cref="InvalidOperationException">A handle keeps this one as an argument.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void EnsureMovable()
    {
        if (Volatile.Read(ref _keptBy) > 0)
            throw new InvalidOperationException($"{GetType().Name} is kept by another handle that stores its pointer; it cannot be moved by this call until that handle lets it go.");
    }

    /// <summary>
    /// After a successful call that returned this handle's object at a new address (the contract's <c>updates</c>: an
    /// append that returns the list's possibly new head): the handle now holds <paramref name="pointer"/>, and views
    /// and handles borrowed from the old address end. Call it inside this handle's lease; 0 is refused.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="pointer"/> is 0.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void UpdatePointer(nint pointer)
    {
        if (pointer == 0)
            throw new ArgumentException("A call that updates a handle returned NULL; the handle keeps its old pointer.", nameof(pointer));
        if (pointer == handle)
            return;
        EndDependents(ScopeEnd.Moved);
        SetHandle(pointer);
    }

    private int _keptBy;

    /// <summary>Counts the handles whose native object holds this one's pointer (see <see cref="EnsureMovable"/>).</summary>
    internal void CountKeeper(int delta) => Interlocked.Add(ref _keptBy, delta);
}
