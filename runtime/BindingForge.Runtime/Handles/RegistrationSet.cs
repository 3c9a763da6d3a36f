namespace BindingForge.Runtime;

/// <summary>
/// What a handle holds for native code beyond its own pointer: named slots (one per setter parameter: a
/// <c>scope: handle</c> callback or a <c>kept_by</c> argument, replaced by the next set of the same slot, dropped by a
/// reset) and the <c>forever</c> callbacks (kept until the handle is released). Each entry is a shared
/// <see cref="Registration"/>, so a duplicate can hold the same entries. All members take the set's own lock; releases run
/// outside it.
/// </summary>
internal sealed class RegistrationSet
{
    private readonly Dictionary<string, Registration> _slots = new(StringComparer.Ordinal);
    private readonly List<Registration> _forever = [];
    private readonly Lock _gate = new();

    /// <summary>The number of entries (slots and forever callbacks).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
                return _slots.Count + _forever.Count;
        }
    }

    /// <summary>The number of forever callbacks.</summary>
    public int ForeverCount
    {
        get
        {
            lock (_gate)
                return _forever.Count;
        }
    }

    /// <summary>Puts <paramref name="entry"/> in <paramref name="slot"/> (null empties it); releases what was there.</summary>
    public void Set(string slot, Registration? entry)
    {
        Registration? old;
        lock (_gate)
        {
            _slots.Remove(slot, out old);
            if (entry is not null)
                _slots[slot] = entry;
        }
        old?.Release();
    }

    /// <summary>Adds a forever callback.</summary>
    public void AddForever(Registration entry)
    {
        lock (_gate)
            _forever.Add(entry);
    }

    /// <summary>Empties every slot (a reset); forever callbacks stay.</summary>
    public void ReleaseSlots()
    {
        Registration[] slots;
        lock (_gate)
        {
            slots = [.. _slots.Values];
            _slots.Clear();
        }
        foreach (var entry in slots)
            entry.Release();
    }

    /// <summary>Empties everything (the handle's release).</summary>
    public void ReleaseAll()
    {
        ReleaseSlots();
        Registration[] forever;
        lock (_gate)
        {
            forever = [.. _forever];
            _forever.Clear();
        }
        foreach (var entry in forever)
            entry.Release();
    }

    /// <summary>Holds every entry of <paramref name="original"/> too, slot for slot (a duplicate's copied settings).</summary>
    public void ShareFrom(RegistrationSet original)
    {
        List<(string Slot, Registration Entry)> slots;
        List<Registration> forever;
        lock (original._gate)
        {
            slots = [.. original._slots.Select(p => (p.Key, p.Value.Share()))];
            forever = [.. original._forever.Select(r => r.Share())];
        }
        foreach (var (slot, entry) in slots)
            Set(slot, entry);
        lock (_gate)
            _forever.AddRange(forever);
    }
}
