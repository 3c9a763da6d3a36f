using System.ComponentModel;

namespace BindingForge.Runtime;

/// <summary>
/// Base of a reference-counted handle (<c>retain:</c> and <c>release:</c> in the contract). Each owned instance
/// holds one native reference, dropped by <see cref="OwnedHandle.Free"/>; promoting a borrowed pointer to an owned
/// handle, or copying an owned handle, takes a new one with <see cref="Retain"/>.
/// </summary>
public abstract class RefCountedHandle : OwnedHandle
{
    /// <summary>Creates an unattached handle with the class's threading rule and release thread.</summary>
    protected RefCountedHandle(
        ThreadingMode threading = ThreadingMode.FreeThreaded,
        ThreadingEnforcement enforcement = ThreadingEnforcement.Check,
        ReleaseThread releaseOn = ReleaseThread.Any)
        : base(threading, enforcement, releaseOn)
    {
    }

    /// <summary>Calls the contract's retain function: adds one native reference to <paramref name="pointer"/>.</summary>
    protected abstract void Retain(nint pointer);

    /// <summary>
    /// Takes a new native reference on a borrowed pointer and owns it: the promotion from borrowed to owned. Call it
    /// while the pointer is still valid (inside the lease on whatever it was borrowed from). A 0 pointer leaves the
    /// handle invalid and retains nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">The handle is already attached or disposed.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AttachRetained(nint pointer, NativeHandle? parent = null)
    {
        EnsureAttachable();
        if (pointer != 0)
            Retain(pointer);
        AttachOwned(pointer, parent);
    }

    /// <summary>
    /// Attaches <paramref name="target"/>, a new unattached instance, to this handle's pointer with its own native
    /// reference, and returns it. Works on owned and borrowed instances alike (on a borrowed one it is the
    /// promotion to owned). Generated code exposes it as <c>public Widget Clone() =&gt; CloneInto(new Widget());</c>.
    /// </summary>
    /// <exception cref="ObjectDisposedException">This handle was disposed.</exception>
    protected T CloneInto<T>(T target) where T : RefCountedHandle
    {
        ArgumentNullException.ThrowIfNull(target);
        target.EnsureAttachable();
        using var lease = Enter();
        if (lease.Pointer != 0)
            Retain(lease.Pointer);
        // The copy keeps the same parent (or group of parents) alive; a borrowed original's lender is not a parent.
        target.AttachCore(lease.Pointer, owns: true, ParentKeepAlive, isParent: Parent is not null);
        return target;
    }
}
