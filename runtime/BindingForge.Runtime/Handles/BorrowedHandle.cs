namespace BindingForge.Runtime;

/// <summary>
/// Base of a handle whose C type has no release function: every instance is borrowed
/// (<see cref="NativeHandle.AttachBorrowed"/>) and keeps the object it was borrowed from alive; nothing is ever freed.
/// </summary>
public abstract class BorrowedHandle : NativeHandle
{
    /// <summary>Creates an unattached handle with the class's threading rule.</summary>
    protected BorrowedHandle(
        ThreadingMode threading = ThreadingMode.FreeThreaded,
        ThreadingEnforcement enforcement = ThreadingEnforcement.Check)
        : base(threading, enforcement, ReleaseThread.Any)
    {
    }

    /// <inheritdoc/>
    private protected sealed override void FreeOwned(nint pointer) =>
        throw new InvalidOperationException($"{GetType().Name} is borrowed-only and never owns a pointer.");
}
