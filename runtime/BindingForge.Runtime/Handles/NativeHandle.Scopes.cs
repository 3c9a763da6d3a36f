using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace BindingForge.Runtime;

/// <summary>
/// Dependents: handles whose native object lives only as long as another handle's, its <em>scope</em>, says so. A
/// borrowed handle depends on the handle it was borrowed from; an object allocated from a pool depends on the pool
/// (and a subpool on its parent pool). A dependent never delays its scope's release: disposing the scope (or
/// clearing a pool) ends every dependent at once, by bumping the scope's <see cref="ScopeEpoch"/>, and a dependent's
/// next call throws <see cref="ObjectDisposedException"/> naming the scope instead of reaching freed memory.
/// </summary>
/// <remarks>
/// <para>Cost on the hot path: every entry compares the epoch it was attached at with its scope's current epoch (a
/// handle with no scope compares against <see cref="ScopeEpoch.None"/>, which never changes), so the check is one
/// dependent load and one compare, with no atomic instruction. Dependents are not counted: the scope keeps no list of
/// them, only of the dependents that lend in turn (so a subpool's objects end with the parent pool too).</para>
/// <para>What the epoch does not do: make a call on a dependent safe against its scope being disposed <em>at the
/// same moment</em> on another thread. The check runs before the call; the threading rules of the two handles are
/// what forbid disposing a parent while its children are in use elsewhere. Sequential misuse, the common bug, is
/// always caught. Owned children (<c>parent:</c>) are different: they hold a reference on the parent, and the
/// parent's Dispose frees them first (<see cref="FreeOwnedChildrenFirst"/>).</para>
/// </remarks>
public abstract partial class NativeHandle
{
    private ScopeEpoch _scopeEpoch = ScopeEpoch.None;
    private int _scopeEpochSeen;
    private NativeHandle? _scope;
    private ScopeEpoch? _ownEpoch;
    private DependentSet? _lenders;
    private DependentSet? _ownedChildren;
    private List<CallbackCookie>? _untilClearCallbacks;

    /// <summary>Usable for a call: attached, not disposed, and its scope (if any) has not ended since it was attached.</summary>
    private bool Usable
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _usable && _scopeEpoch.Value == _scopeEpochSeen;
    }

    /// <summary>
    /// The handle this one depends on: the handle it was borrowed from, or the pool it was allocated from; null for
    /// an independent handle.
    /// </summary>
    public NativeHandle? Scope => _scope;

    /// <summary>True when this handle's scope was disposed or cleared after it was attached: the native object is gone.</summary>
    public bool IsScopeEnded => _scopeEpoch.Value != _scopeEpochSeen;

    /// <summary>The epoch this handle's dependents are attached at, created the first time something depends on it.</summary>
    private ScopeEpoch LendingEpoch()
    {
        var epoch = Volatile.Read(ref _ownEpoch);
        if (epoch is not null)
            return epoch;
        var created = new ScopeEpoch();
        epoch = Interlocked.CompareExchange(ref _ownEpoch, created, null) ?? created;
        if (ReferenceEquals(epoch, created) && _scope is { } scope)
        {
            // A dependent that lends in turn: its scope must end its dependents too.
            scope.Lenders().Add(this);
            if (IsScopeEnded)
                epoch.Bump(ScopeEnd.ScopeEnded);
        }
        return epoch;
    }

    private DependentSet Lenders() =>
        Volatile.Read(ref _lenders) ?? Interlocked.CompareExchange(ref _lenders, new DependentSet(), null) ?? _lenders!;

    /// <summary>Makes this handle a dependent of <paramref name="scope"/>, at its current epoch.</summary>
    private void DependOn(NativeHandle scope)
    {
        var epoch = scope.LendingEpoch();
        _scopeEpochSeen = epoch.Value;
        _scope = scope;
        _scopeEpoch = epoch;
    }

    /// <summary>
    /// Ends every dependent of this handle (and of its lending dependents, recursively), and makes borrowed views
    /// of it stale. Runs when the handle is disposed, consumed or released, and before a pool's clear.
    /// </summary>
    private void EndDependents(ScopeEnd reason)
    {
        Interlocked.Increment(ref _generation);
        var epoch = Volatile.Read(ref _ownEpoch);
        if (epoch is null)
            return;
        epoch.Bump(reason);
        if (Volatile.Read(ref _lenders) is { } lenders)
        {
            foreach (var lender in lenders.TakeAll())
                lender.EndDependents(ScopeEnd.ScopeEnded);
        }
    }

    /// <summary>
    /// Called by generated code right before a native call that clears this pool (the contract's
    /// <c>pool: { clear: [...] }</c>): every object allocated from it, and every subpool with its objects, is invalid
    /// from now on, even if the call should fail. The pool itself stays usable.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void BeginClear() => EndDependents(ScopeEnd.Cleared);

    /// <summary>
    /// Called by generated code right after a pool's clear returned: frees the registrations of the callbacks the
    /// clear has run (<see cref="AttachUntilClear"/>), which no native code can call any more.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void EndClear()
    {
        var callbacks = Interlocked.Exchange(ref _untilClearCallbacks, null);
        if (callbacks is null)
            return;
        CallbackCookie[] cookies;
        lock (callbacks)
        {
            cookies = [.. callbacks];
        }
        foreach (var cookie in cookies)
            cookie.Free();
    }

    /// <summary>
    /// Keeps a callback registered on this pool (a cleanup, <c>callback: { scope: pool }</c>) alive until the pool is
    /// next cleared (<see cref="EndClear"/>) or released, after the native side has run it. Generated code calls it
    /// after the registering call succeeded.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AttachUntilClear(CallbackCookie cookie) => Keep(ref _untilClearCallbacks, cookie);

    /// <summary>The number of callbacks kept until this pool's next clear.</summary>
    public int UntilClearCallbackCount => CountOf(ref _untilClearCallbacks);

    /// <summary>
    /// Records that a native call moved this object to <paramref name="scope"/> (talloc's steal, the contract's
    /// <c>moves_to:</c>): from now on it lives and dies with that pool, not the old one. Call it after the call
    /// succeeded, while holding the leases of both.
    /// </summary>
    /// <exception cref="ObjectDisposedException"><paramref name="scope"/> or this handle is no longer usable.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void MoveTo(NativeHandle scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.Usable)
            scope.ThrowUnusable();
        if (!Usable)
            ThrowUnusable();
        var old = _scope;
        if (ReferenceEquals(old, scope))
            return;
        if (Volatile.Read(ref _ownEpoch) is not null)
        {
            old?._lenders?.Remove(this);
            scope.Lenders().Add(this);
        }
        if (_keepAlive is null || ReferenceEquals(_keepAlive, old))
            _keepAlive = scope;
        DependOn(scope);
    }

    /// <summary>Registers an owned child that holds a reference on this parent, so this parent's Dispose frees it first.</summary>
    internal void AddOwnedChild(NativeHandle child) =>
        (Volatile.Read(ref _ownedChildren) ?? Interlocked.CompareExchange(ref _ownedChildren, new DependentSet(), null) ?? _ownedChildren!).Add(child);

    /// <summary>
    /// On an explicit Dispose: disposes the owned children (<c>parent:</c>) still alive, so their native release runs
    /// now, before this handle's own. A child that cannot be disposed now (a call on it is in progress on another
    /// thread, or from a callback) keeps its reference, and this handle's release waits for it.
    /// </summary>
    private void FreeOwnedChildrenFirst()
    {
        if (Volatile.Read(ref _ownedChildren) is not { } children)
            return;
        foreach (var child in children.TakeAll())
        {
            try
            {
                child.Dispose();
            }
            catch (InvalidOperationException)
            {
                // In use elsewhere: the child's reference on this parent defers the parent's release until it ends.
            }
        }
    }

    /// <summary>Frees an owned pointer, unless its scope has ended (and so destroyed it natively already).</summary>
    private void FreeOwnedInScope(nint pointer)
    {
        if (_scope is null)
        {
            FreeOwned(pointer);
            return;
        }
        lock (_scopeEpoch)
        {
            if (_scopeEpoch.Value == _scopeEpochSeen)
                FreeOwned(pointer);
        }
    }

    /// <summary>The exception for a use after the scope ended.</summary>
    private ObjectDisposedException ScopeEndedException()
    {
        var scope = _scope!;
        var what = _scopeEpoch.LastEnd switch
        {
            ScopeEnd.Cleared => "was cleared",
            ScopeEnd.ScopeEnded => "ended with its own pool or parent",
            ScopeEnd.Moved => "moved to a new address",
            _ => "was disposed",
        };
        return new ObjectDisposedException(scope.GetType().Name,
            $"{GetType().Name} depends on {scope.GetType().Name} (it was {(IsOwned ? "created in" : "borrowed from or allocated in")} it), which {what}: the native object is gone.");
    }
}
