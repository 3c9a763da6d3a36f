namespace BindingForge.Runtime;

public abstract partial class NativeHandle
{
    private int _generation;
    private List<CallbackCookie>? _callbacks;
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
    /// GCHandle is freed right after. Generated code calls it after the native call that stored the callback
    /// succeeded. A callback replaced by a later one stays alive too (native code on another thread may still
    /// be running it) until the handle is released. Callbacks of a consumed handle are never freed.
    /// </summary>
    public void AttachCallback(CallbackCookie cookie) => Keep(ref _callbacks, cookie);

    /// <summary>The number of callbacks kept alive by this handle.</summary>
    public int AttachedCallbackCount => CountOf(ref _callbacks);

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
        var callbacks = Interlocked.Exchange(ref _callbacks, null);
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
}
