namespace BindingForge.Runtime;

/// <summary>
/// The epoch of a handle that others depend on: a parent that lends borrowed handles, or a pool that hands out
/// objects. A dependent remembers the value it saw when it was attached; the scope bumps the value when it is
/// cleared or disposed, so every dependent's next call fails with one load and one compare, however many there are.
/// </summary>
/// <remarks>
/// The object is also the lock that orders a dependent's own native free (a subpool destroyed on its own) against
/// the scope's invalidation (its parent pool cleared or destroyed on another thread, which destroys the subpool
/// natively): whichever takes it first wins, and the other sees it and does nothing twice.
/// </remarks>
internal sealed class ScopeEpoch
{
    /// <summary>The epoch of handles that depend on nothing: never bumped, so their check always passes.</summary>
    public static readonly ScopeEpoch None = new();

    private volatile int _value;

    /// <summary>The current value; a dependent attached at another value is invalid.</summary>
    public int Value => _value;

    /// <summary>How the scope last ended its dependents' validity.</summary>
    public ScopeEnd LastEnd { get; private set; }

    /// <summary>Ends every dependent's validity; the caller holds no lock (this takes the epoch's own).</summary>
    public void Bump(ScopeEnd reason)
    {
        lock (this)
        {
            LastEnd = reason;
            _value++;
        }
    }
}

/// <summary>Why a scope's dependents became invalid, for the exception a later use throws.</summary>
internal enum ScopeEnd
{
    /// <summary>The scope was disposed (or released by the finalizer, or consumed).</summary>
    Disposed,

    /// <summary>The scope (a pool) was cleared: it lives on, its objects do not.</summary>
    Cleared,

    /// <summary>The scope itself depended on another one that ended (a subpool of a cleared pool).</summary>
    ScopeEnded,

    /// <summary>The scope's native object moved: a call returned it at a new address (<c>updates</c>).</summary>
    Moved,
}
