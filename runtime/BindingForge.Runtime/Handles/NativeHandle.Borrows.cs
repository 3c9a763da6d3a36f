namespace BindingForge.Runtime;

public abstract partial class NativeHandle
{
    private int _generation;
    private bool _finalizerSuppressed;

    /// <summary>
    /// Bumped by every call the contract lists in <c>borrowed: { until: [...] }</c>. A
    /// <see cref="BorrowedSpan{T}"/> remembers the generation it was created in and refuses to read once it changed.
    /// </summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>
    /// Marks every borrowed view taken from this handle as stale. Generated code calls it right after an
    /// invalidating native call, while still holding the lease. Under a guard the increment is plain (the guard
    /// excludes other writers); for free-threaded handles it is interlocked.
    /// </summary>
    public void InvalidateBorrows()
    {
        if (_guard == GuardKind.Counted)
            Interlocked.Increment(ref _generation);
        else
            Volatile.Write(ref _generation, _generation + 1);
    }

    /// <summary>
    /// Keeps a <see cref="CallbackScope.Forever"/> callback alive until this handle's native release has run; its
    /// GCHandle is freed right after (or, when a duplicate shares it, after the last of them). Generated code calls it after the native call that stored the callback
    /// succeeded. A callback replaced by a later one stays alive too (native code on another thread may still
    /// be running it) until the handle is released. Callbacks of a consumed handle are never freed.
    /// </summary>
    public void AttachCallback(CallbackCookie cookie)
    {
        if (Registration.Of(cookie) is { } entry)
            Registrations().AddForever(entry);
    }

    /// <summary>The number of forever callbacks kept alive by this handle.</summary>
    public int AttachedCallbackCount => Volatile.Read(ref _registrations)?.ForeverCount ?? 0;

    /// <summary>Adds an allocated cookie to a list of kept callbacks, creating the list on first use.</summary>
    private void Keep(ref List<CallbackCookie>? list, CallbackCookie cookie)
    {
        if (!cookie.IsAllocated)
            return;
        var callbacks = Volatile.Read(ref list) ?? Interlocked.CompareExchange(ref list, [], null) ?? list!;
        lock (callbacks)
        {
            callbacks.Add(cookie);
        }
        if (_finalizerSuppressed)
        {
            // A borrowed handle skips finalization until it holds something to release.
            _finalizerSuppressed = false;
            GC.ReRegisterForFinalize(this);
        }
    }

    private static int CountOf(ref List<CallbackCookie>? list)
    {
        var callbacks = Volatile.Read(ref list);
        if (callbacks is null)
            return 0;
        lock (callbacks)
        {
            return callbacks.Count;
        }
    }

    private void FreeCallbacks()
    {
        // Runs after the last lease is gone, so no AttachCallback can race with it. A pool's until-clear
        // callbacks (its cleanups) go too: the native release just ran them.
        EndClear();
        Interlocked.Exchange(ref _registrations, null)?.ReleaseAll();
    }
}
