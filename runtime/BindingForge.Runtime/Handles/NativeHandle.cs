using System.ComponentModel;
using System.Runtime.InteropServices;

namespace BindingForge.Runtime;

/// <summary>
/// The common base of every generated handle class: a <see cref="SafeHandle"/> around a native pointer
/// (0 is invalid) that adds what a contract can state and SafeHandle cannot: ownership (owned, borrowed,
/// consumed), a parent or owner kept alive until after this handle's release, threading rules with a
/// cheap per-call guard (<see cref="Enter"/>), a generation counter for borrowed views, release on the
/// creating thread, and callbacks that must live as long as the handle.
/// </summary>
/// <remarks>
/// <para>Generated code derives from <see cref="OwnedHandle"/>, <see cref="RefCountedHandle"/> or
/// <see cref="BorrowedHandle"/>, never from this class directly. It allocates the managed handle before the
/// native call (so a failure cannot leak), attaches the pointer the call produced, and wraps every call in a
/// lease: <c>using var lease = EnterExclusive();</c>, choosing the entry from the class's threading mode and the
/// <c>--threading-checks</c> option: free-threaded or <c>none</c> -> <see cref="EnterCounted"/>; exclusive +
/// check -> <see cref="EnterExclusive"/>; exclusive + lock -> <see cref="EnterLocked"/>; thread-affine ->
/// <see cref="EnterThreadAffine"/>; readers-writer -> <see cref="EnterReader"/> for a call the contract marks
/// <c>access: read</c>, <see cref="EnterWriter"/> for any other. <see cref="Enter"/> picks at run time, for hand-written code.</para>
/// <para>Lifetime rules: the native release runs exactly once, when the handle is disposed or finalized and no
/// lease or child still holds it. An owned child's parent receives <see cref="SafeHandle.DangerousAddRef"/> when the
/// child is attached and <see cref="SafeHandle.DangerousRelease"/> after the child's own release, so the parent's
/// native release always comes last, even when both are finalized in the same garbage collection; an explicit
/// Dispose of the parent frees its owned children first, then itself, now. A borrowed handle (and an object
/// allocated from a pool) is a dependent of what it came from instead: it never delays that handle's Dispose, and
/// is invalid once it ran (or the pool was cleared): see <see cref="Scope"/>.</para>
/// <para>Use after <see cref="SafeHandle.Dispose()"/> throws <see cref="ObjectDisposedException"/>; a handle that was
/// never attached (or attached to a null pointer) throws <see cref="InvalidOperationException"/>. Neither
/// reaches native code.</para>
/// </remarks>
public abstract partial class NativeHandle : SafeHandle
{
    private readonly GuardKind _guard;
    private readonly ThreadingMode _threading;
    private readonly ThreadingEnforcement _enforcement;
    private readonly ReleaseThread _releaseOn;
    private readonly ContentionGate? _gate;
    private int _ownerThread;
    private volatile bool _disposed;
    private volatile bool _usable;
    private volatile bool _consumed;
    private bool _owns;
    private object? _keepAlive;
    private bool _keepAliveCounted;
    private bool _keepAliveIsParent;
    private PendingReleaseQueue? _releaseQueue;

    /// <summary>Creates an unattached handle; only the runtime's own base classes call this.</summary>
    private protected NativeHandle(ThreadingMode threading, ThreadingEnforcement enforcement, ReleaseThread releaseOn)
        : base(0, ownsHandle: true)
    {
        _threading = threading;
        _enforcement = enforcement;
        _releaseOn = releaseOn;
        _guard = ChooseGuard(threading, enforcement);
        if (_guard is GuardKind.ExclusiveLock or GuardKind.ReadersWriterLock)
            _gate = new ContentionGate();
        _ownerThread = CurrentThread.Id;
    }

    /// <summary>True when the pointer is 0 (never attached, or attached to a null result).</summary>
    public sealed override bool IsInvalid => handle == 0;

    /// <summary>The handle's threading rule.</summary>
    public ThreadingMode Threading => _threading;

    /// <summary>How the threading rule is enforced.</summary>
    public ThreadingEnforcement Enforcement => _enforcement;

    /// <summary>Where the native release must run.</summary>
    public ReleaseThread ReleaseOn => _releaseOn;

    /// <summary>The managed id of the thread that attached the pointer (or created the handle, before that).</summary>
    public int CreatingThreadId => _ownerThread;

    /// <summary>True when this handle frees its pointer on release.</summary>
    public bool IsOwned => _owns;

    /// <summary>True when the native side took ownership (<see cref="MarkConsumed"/>).</summary>
    public bool IsConsumed => _consumed;

    /// <summary>True once Dispose was requested or the handle was consumed; calls then throw.</summary>
    public bool IsDisposed => _disposed;

    /// <summary>The parent handle this one keeps alive, if it was attached with one.</summary>
    public NativeHandle? Parent => _keepAliveIsParent ? _keepAlive as NativeHandle : null;

    /// <summary>What keeps this handle's parent or parents alive (a copy of the handle must keep them too), or null.</summary>
    private protected SafeHandle? ParentKeepAlive =>
        _keepAliveIsParent || _keepAlive is KeepAliveGroup ? _keepAlive as SafeHandle : null;

    /// <summary>
    /// Attaches a borrowed pointer: this handle never frees it. When <paramref name="owner"/> (what the pointer was
    /// borrowed from) is a <see cref="NativeHandle"/>, this handle becomes its dependent: it keeps the owner reachable
    /// (so the finalizer never releases the owner first) but never delays the owner's Dispose; once the owner is
    /// disposed (or, for a pool, cleared) any use of this handle throws <see cref="ObjectDisposedException"/> naming
    /// the owner. Any other <see cref="SafeHandle"/> owner receives DangerousAddRef now and DangerousRelease when this
    /// handle is released; other objects are only kept reachable. Call it while holding a lease on the owner. A 0
    /// pointer leaves the handle invalid.
    /// </summary>
    /// <exception cref="InvalidOperationException">The handle is already attached or disposed.</exception>
    /// <exception cref="ObjectDisposedException">The owner handle is already disposed.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AttachBorrowed(nint pointer, object? owner)
    {
        if (owner is NativeHandle scope)
            AttachCore(pointer, owns: false, keepAlive: null, isParent: false, scope);
        else
            AttachCore(pointer, owns: false, owner, isParent: false);
        if (pointer != 0 && (owner is not SafeHandle || owner is NativeHandle))
        {
            // Nothing to release, so skip finalization; AttachCallback re-registers when that changes.
            _finalizerSuppressed = true;
            GC.SuppressFinalize(this);
        }
    }

    /// <summary>
    /// Shared by the attach methods: records ownership, keep-alive (a counted reference on a <see cref="SafeHandle"/>
    /// <paramref name="keepAlive"/>), the scope this handle depends on (<paramref name="scope"/>: not counted, see
    /// <see cref="Scope"/>) and the creating thread. An owned handle whose keep-alive is its parent is registered with
    /// the parent, whose Dispose then frees it first.
    /// </summary>
    private protected void AttachCore(nint pointer, bool owns, object? keepAlive, bool isParent, NativeHandle? scope = null)
    {
        EnsureAttachable();
        if (pointer == 0)
            return;
        if (scope is not null)
        {
            if (!scope.Usable)
                scope.ThrowUnusable();
            DependOn(scope);
        }
        if (keepAlive is SafeHandle counted)
        {
            bool added = false;
            counted.DangerousAddRef(ref added);
            _keepAliveCounted = added;
        }
        _keepAlive = keepAlive;
        _keepAliveIsParent = isParent && keepAlive is not null;
        if (owns && _keepAliveIsParent && keepAlive is NativeHandle parent)
            parent.AddOwnedChild(this);
        _owns = owns;
        _ownerThread = CurrentThread.Id;
        if (_releaseOn == ReleaseThread.CreatingThread)
            _releaseQueue = PendingReleaseQueue.ForCurrentThread;
        SetHandle(pointer);
        _usable = true;
    }

    /// <summary>Throws unless the handle is still unattached and not disposed.</summary>
    private protected void EnsureAttachable()
    {
        if (handle != 0 || _disposed || IsClosed)
            throw new InvalidOperationException($"{GetType().Name} is already attached to a native pointer or disposed.");
    }

    /// <summary>
    /// Records that a native call took ownership of the pointer (a <c>consumed</c> parameter): the handle is
    /// closed without freeing it, so it can never be freed twice, and further use throws
    /// <see cref="ObjectDisposedException"/>. Call it after the consuming call returned, while still holding the
    /// lease taken for that call (or outside any lease). The parent is released; callbacks attached to the handle
    /// are deliberately kept alive, because native code that now owns the object may still call them.
    /// </summary>
    /// <remarks>
    /// Implemented as a flag checked by the release (which then skips the native free) followed by a normal
    /// Dispose, rather than <see cref="SafeHandle.SetHandleAsInvalid"/>: the release still runs exactly once, so
    /// the parent's reference is returned, and a Dispose racing with the consuming call (free-threaded handles)
    /// can never free the pointer, because the flag is set before the lease that protects the call ends.
    /// </remarks>
    public void MarkConsumed()
    {
        _consumed = true;
        if (_guard != GuardKind.Counted && GuardHeldByCurrentThread())
        {
            // Inside our own lease: the guard already excludes every other user, so close right here.
            EndForDispose();
            base.Dispose(disposing: true);
            GC.SuppressFinalize(this);
            return;
        }
        Dispose();
    }

    /// <summary>
    /// Requests release. With a guard (exclusive or thread-affine handles in check or lock mode), disposing
    /// while another thread is inside a call, from a callback running inside a call on this handle, or (for a
    /// thread-affine handle) from another thread throws <see cref="InvalidOperationException"/> instead of
    /// freeing memory that is in use. The finalizer never throws.
    /// </summary>
    protected override void Dispose(bool disposing)
    {
        if (!disposing || _guard == GuardKind.Counted)
        {
            if (disposing)
                EndForDispose();
            base.Dispose(disposing);
            return;
        }
        AcquireForDispose();
        try
        {
            EndForDispose();
            base.Dispose(disposing);
        }
        finally
        {
            ReleaseAfterDispose();
        }
    }

    /// <summary>
    /// An explicit Dispose: refuses further calls, ends the dependents (borrowed handles and pool objects), then frees
    /// the owned children first, unless the native side took this handle over (consumed), in which case its children
    /// are its business.
    /// </summary>
    private void EndForDispose()
    {
        MarkDisposed();
        EndDependents(ScopeEnd.Disposed);
        if (!_consumed)
            FreeOwnedChildrenFirst();
    }

    /// <summary>Makes every later <see cref="Enter"/> throw <see cref="ObjectDisposedException"/>.</summary>
    private void MarkDisposed()
    {
        _usable = false;
        _disposed = true;
    }

    /// <summary>
    /// Runs the release, or queues it when <see cref="ReleaseThread.CreatingThread"/> forbids this thread.
    /// Called by SafeHandle exactly once, when the last reference goes.
    /// </summary>
    protected sealed override bool ReleaseHandle()
    {
        nint pointer = handle;
        if (_owns && !_consumed && _releaseQueue is { } queue && CurrentThread.Id != queue.OwnerThreadId)
        {
            queue.Enqueue(this, pointer);
            return true;
        }
        CompleteRelease(pointer);
        return true;
    }

    /// <summary>Frees the pointer (when owned), then the callbacks, then the parent or owner: in that order.</summary>
    internal void CompleteRelease(nint pointer)
    {
        try
        {
            EndDependents(ScopeEnd.Disposed);
            if (_owns && !_consumed)
                FreeOwnedInScope(pointer);
        }
        finally
        {
            if (!_consumed)
                FreeCallbacks();
            ReleaseKeepAlive();
        }
    }

    /// <summary>Frees an owned pointer; implemented by <see cref="OwnedHandle"/>.</summary>
    private protected abstract void FreeOwned(nint pointer);

    private void ReleaseKeepAlive()
    {
        object? target = _keepAlive;
        _keepAlive = null;
        if (_keepAliveCounted && target is SafeHandle counted)
        {
            _keepAliveCounted = false;
            counted.DangerousRelease();
        }
    }

    /// <summary>
    /// Runs the releases queued for the calling thread by handles created with
    /// <see cref="ReleaseThread.CreatingThread"/>; returns how many ran. Handles also drain their queue on the
    /// next call made through them on that thread.
    /// </summary>
    public static int DrainPendingReleases() => PendingReleaseQueue.DrainCurrentThread();

    /// <inheritdoc/>
    public override string ToString() =>
        $"{GetType().Name}(0x{(nuint)handle:x}, {(_owns ? "owned" : "borrowed")}{(_disposed ? ", disposed" : "")})";
}
