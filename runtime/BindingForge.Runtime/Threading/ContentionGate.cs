namespace BindingForge.Runtime;

/// <summary>
/// The blocking half of <see cref="ThreadingEnforcement.Lock"/>: an exclusive handle's owner word
/// (<c>_busyThread</c>) is taken with one compare-exchange when free, exactly like the check mode; only a thread
/// that finds it taken by another thread comes here and sleeps until the owner leaves.
/// </summary>
/// <remarks>
/// No wake-up is lost: a waiter counts itself (interlocked) before each attempt, and the owner releases with an
/// interlocked exchange before reading the count, so either the waiter's attempt sees the word free or the owner
/// sees the waiter and pulses, and the pulse cannot arrive before the waiter waits because both hold the monitor.
/// </remarks>
internal sealed class ContentionGate
{
    private readonly object _sync = new();
    private int _waiters;

    /// <summary>True when a thread is waiting (or about to wait) for the owner word.</summary>
    public bool HasWaiters => Volatile.Read(ref _waiters) != 0;

    /// <summary>Blocks until <paramref name="owner"/> could be changed from 0 to <paramref name="me"/>.</summary>
    public void Acquire(ref int owner, int me)
    {
        var spinner = new SpinWait();
        for (int i = 0; i < 10; i++)
        {
            if (Interlocked.CompareExchange(ref owner, me, 0) == 0)
                return;
            spinner.SpinOnce(sleep1Threshold: -1);
        }
        lock (_sync)
        {
            Interlocked.Increment(ref _waiters);
            try
            {
                while (Interlocked.CompareExchange(ref owner, me, 0) != 0)
                    Monitor.Wait(_sync);
            }
            finally
            {
                Interlocked.Decrement(ref _waiters);
            }
        }
    }

    /// <summary>
    /// Blocks until the reader count <paramref name="state"/> (a readers-writer handle's word: readers, or -1 for a
    /// writer) could be raised by one while no writer holds it.
    /// </summary>
    public void AcquireShared(ref int state)
    {
        var spinner = new SpinWait();
        for (int i = 0; i < 10; i++)
        {
            if (TryShare(ref state))
                return;
            spinner.SpinOnce(sleep1Threshold: -1);
        }
        lock (_sync)
        {
            Interlocked.Increment(ref _waiters);
            try
            {
                while (!TryShare(ref state))
                    Monitor.Wait(_sync);
            }
            finally
            {
                Interlocked.Decrement(ref _waiters);
            }
        }
    }

    /// <summary>One attempt to join the readers: fails while a writer holds the word.</summary>
    public static bool TryShare(ref int state)
    {
        int readers = Volatile.Read(ref state);
        return readers >= 0 && Interlocked.CompareExchange(ref state, readers + 1, readers) == readers;
    }

    /// <summary>Wakes the waiters, if any, after the caller changed the word with an interlocked operation.</summary>
    public void Wake()
    {
        if (HasWaiters)
        {
            lock (_sync)
            {
                Monitor.PulseAll(_sync);
            }
        }
    }

    /// <summary>Frees the owner word and wakes the waiters, if any.</summary>
    public void Release(ref int owner)
    {
        Interlocked.Exchange(ref owner, 0);
        if (HasWaiters)
        {
            lock (_sync)
            {
                Monitor.PulseAll(_sync);
            }
        }
    }
}
