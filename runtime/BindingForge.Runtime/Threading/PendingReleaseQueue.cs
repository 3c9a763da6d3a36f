using System.Collections.Concurrent;

namespace BindingForge.Runtime;

/// <summary>
/// Releases waiting for their thread. A handle whose contract says <c>release_on: creating-thread</c> must not be
/// freed by the finalizer thread (GUI toolkits and other thread-bound libraries crash or corrupt state). When
/// its last reference goes on another thread, its release is queued here, on the creating thread's queue.
/// </summary>
/// <remarks>
/// <para>The queue is drained on the owning thread: automatically at the next call through any such handle on that
/// thread (<see cref="NativeHandle.Enter"/> checks a counter), or explicitly with
/// <see cref="NativeHandle.DrainPendingReleases"/> / <see cref="DrainCurrentThread"/>, for example from a UI
/// loop's idle hook. The queued entry keeps the managed handle and its parent alive, so a parent is still
/// released after its child. If the owning thread ends without draining, the queued objects leak (they are
/// never freed on the wrong thread).</para>
/// </remarks>
public sealed class PendingReleaseQueue
{
    [ThreadStatic]
    private static PendingReleaseQueue? t_current;

    private readonly ConcurrentQueue<(NativeHandle Handle, nint Pointer)> _items = new();
    private int _count;

    private PendingReleaseQueue(int ownerThreadId) => OwnerThreadId = ownerThreadId;

    /// <summary>The calling thread's queue, created on first use.</summary>
    public static PendingReleaseQueue ForCurrentThread => t_current ??= new PendingReleaseQueue(CurrentThread.Id);

    /// <summary>The managed id of the thread that drains this queue.</summary>
    public int OwnerThreadId { get; }

    /// <summary>The number of releases waiting.</summary>
    public int Count => Volatile.Read(ref _count);

    internal bool HasPending => Volatile.Read(ref _count) != 0;

    /// <summary>Runs the calling thread's queued releases, if it has a queue; returns how many ran.</summary>
    public static int DrainCurrentThread() => t_current?.Drain() ?? 0;

    /// <summary>Runs every queued release, in queue order; returns how many ran.</summary>
    /// <exception cref="InvalidOperationException">Called on another thread than <see cref="OwnerThreadId"/>.</exception>
    public int Drain()
    {
        if (CurrentThread.Id != OwnerThreadId)
            throw new InvalidOperationException($"This release queue belongs to thread {OwnerThreadId}; drain it there.");
        int ran = 0;
        while (_items.TryDequeue(out var item))
        {
            Interlocked.Decrement(ref _count);
            ran++;
            item.Handle.CompleteRelease(item.Pointer);
        }
        return ran;
    }

    internal void DrainIfOwner()
    {
        if (CurrentThread.Id == OwnerThreadId)
            Drain();
    }

    internal void Enqueue(NativeHandle handle, nint pointer)
    {
        _items.Enqueue((handle, pointer));
        Interlocked.Increment(ref _count);
    }
}
