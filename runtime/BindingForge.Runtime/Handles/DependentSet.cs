namespace BindingForge.Runtime;

/// <summary>
/// A handle's weakly held dependents of one kind (its owned children that must be freed first, or the dependents
/// that lend in turn and so have an epoch of their own). Weak, so that a long-lived parent never keeps its children
/// from being finalized; pruned as it grows, so handles created and dropped in a loop cost amortised constant space.
/// </summary>
internal sealed class DependentSet
{
    private readonly List<WeakReference<NativeHandle>> _items = [];
    private int _pruneAt = 8;

    /// <summary>Adds <paramref name="handle"/>, first dropping collected and disposed entries when the set has doubled.</summary>
    public void Add(NativeHandle handle)
    {
        lock (_items)
        {
            if (_items.Count >= _pruneAt)
            {
                _items.RemoveAll(w => !w.TryGetTarget(out var h) || h.IsDisposed);
                _pruneAt = Math.Max(8, _items.Count * 2);
            }
            _items.Add(new WeakReference<NativeHandle>(handle));
        }
    }

    /// <summary>Takes the live entries out, in the order they were added.</summary>
    public List<NativeHandle> TakeAll()
    {
        lock (_items)
        {
            var live = new List<NativeHandle>(_items.Count);
            foreach (var weak in _items)
            {
                if (weak.TryGetTarget(out var handle) && !handle.IsDisposed)
                    live.Add(handle);
            }
            _items.Clear();
            return live;
        }
    }

    /// <summary>The live entries, left in place.</summary>
    public List<NativeHandle> Snapshot()
    {
        lock (_items)
        {
            var live = new List<NativeHandle>(_items.Count);
            foreach (var weak in _items)
            {
                if (weak.TryGetTarget(out var handle) && !handle.IsDisposed)
                    live.Add(handle);
            }
            return live;
        }
    }

    /// <summary>Removes <paramref name="handle"/> (a dependent moved to another scope).</summary>
    public void Remove(NativeHandle handle)
    {
        lock (_items)
        {
            _items.RemoveAll(w => !w.TryGetTarget(out var h) || ReferenceEquals(h, handle));
        }
    }
}
