using System.ComponentModel;

namespace BindingForge.Runtime;

/// <summary>
/// Base of a handle whose C type has a release function (<c>release:</c> in the contract). Owned instances
/// free the pointer exactly once with <see cref="Free"/>; the same class can also hold a borrowed pointer
/// (<see cref="NativeHandle.AttachBorrowed"/>), which is never freed.
/// </summary>
/// <example>
/// What the generator emits for <c>sqlite3_stmt: { class: Statement, release: sqlite3_finalize, parent: sqlite3, threading: exclusive }</c>:
/// <code>
/// public sealed partial class Statement : OwnedHandle
/// {
///     internal Statement() : base(ThreadingMode.Exclusive, ThreadingEnforcement.Check) { }
///     protected override void Free(nint pointer) => Sqlite3Native.sqlite3_finalize((sqlite3_stmt*)pointer);
/// }
/// </code>
/// </example>
public abstract class OwnedHandle : NativeHandle
{
    /// <summary>Creates an unattached handle with the class's threading rule and release thread.</summary>
    protected OwnedHandle(
        ThreadingMode threading = ThreadingMode.FreeThreaded,
        ThreadingEnforcement enforcement = ThreadingEnforcement.Check,
        ReleaseThread releaseOn = ReleaseThread.Any)
        : base(threading, enforcement, releaseOn)
    {
    }

    /// <summary>
    /// Calls the contract's release function. Runs exactly once per owned pointer, on the thread that drops the
    /// last reference (or the creating thread for <see cref="ReleaseThread.CreatingThread"/>), possibly the
    /// finalizer thread: it must not throw and must not touch other managed handles.
    /// </summary>
    protected abstract void Free(nint pointer);

    /// <inheritdoc/>
    private protected sealed override void FreeOwned(nint pointer) => Free(pointer);

    /// <summary>
    /// Attaches a pointer this handle now owns (an <c>owned</c> return or an <c>out: owned</c> parameter). With a
    /// <paramref name="parent"/>, the parent is kept alive until after this handle's release; call this while
    /// still holding the lease taken on the parent for the creating call. A 0 pointer leaves the handle invalid.
    /// </summary>
    /// <exception cref="InvalidOperationException">The handle is already attached or disposed.</exception>
    /// <exception cref="ObjectDisposedException">The parent is already disposed.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AttachOwned(nint pointer, NativeHandle? parent = null) =>
        AttachCore(pointer, owns: true, parent, isParent: true);

    /// <summary>
    /// <see cref="AttachOwned(nint, NativeHandle?)"/> for a handle that keeps several parents alive (the contract's
    /// <c>parent: [a, b]</c>, as <c>sqlite3_backup_init</c> keeps both connections): every parent is released after
    /// this handle's release. Null parents are ignored. <see cref="NativeHandle.Parent"/> is null for such a handle.
    /// </summary>
    /// <exception cref="InvalidOperationException">The handle is already attached or disposed.</exception>
    /// <exception cref="ObjectDisposedException">A parent is already disposed.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AttachOwned(nint pointer, NativeHandle? parent, params NativeHandle?[] moreParents)
    {
        EnsureAttachable();
        if (pointer == 0)
            return;
        using var group = new KeepAliveGroup([parent, .. moreParents]);
        // The group now holds the parents; AttachCore adds this handle's reference to the group, and disposing the
        // local one leaves that reference as the last: the parents are released when this handle releases the group.
        AttachCore(pointer, owns: true, group, isParent: false);
        foreach (var each in (NativeHandle?[])[parent, .. moreParents])
            each?.AddOwnedChild(this);
    }

    /// <summary>
    /// Attaches a pointer this handle owns that was created in <paramref name="pool"/> (the contract's <c>owned</c>
    /// with <c>from_pool:</c>, a subpool): Dispose frees it on its own, but clearing or destroying the pool destroys it
    /// natively too, so from then on this handle is invalid and its release frees nothing. The pool is kept
    /// reachable, never counted. A null <paramref name="pool"/> (a root pool) is a plain owned attach.
    /// </summary>
    /// <exception cref="InvalidOperationException">The handle is already attached or disposed.</exception>
    /// <exception cref="ObjectDisposedException">The pool is no longer usable.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AttachOwnedIn(nint pointer, NativeHandle? pool) =>
        AttachCore(pointer, owns: true, keepAlive: null, isParent: false, pool);
}
