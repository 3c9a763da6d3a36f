namespace BindingForge.Runtime;

/// <summary>
/// What a handle holds for native code beyond its own pointer: named slots (one per setter parameter: a
/// <c>scope: handle</c> callback or a <c>kept_by</c> argument, replaced by the next set of the same slot, dropped by a
/// reset) and the <c>forever</c> callbacks (kept until the handle is released). Each entry is a shared
/// <see cref="Registration"/>, so a duplicate can hold the same entries. All members take the set's lock; releases run
/// outside it.
/// </summary>
internal sealed class RegistrationSet
{
    private readonly Dictionary<string, Registration> _slots = new(StringComparer.Ordinal);
    private readonly List<Registration> _forever = [];

    /// <summary>The number of entries (slots and forever callbacks).</summary>
    public int Count
    {
        get
        {
            lock (this)
                return _slots.Count + _forever.Count;
        }
    }

    /// <summary>The number of forever callbacks.</summary>
    public int ForeverCount
    {
        get
        {
            lock (this)
                return _forever.Count;
        }
    }

    /// <summary>True when some slot keeps <paramref name="argument"/> alive.</summary>
    public bool Keeps(object argument)
    {
        lock (this)
            return _slots.Values.Any(r => ReferenceEquals(r.Kept, argument));
    }

    /// <summary>Puts <paramref name="entry"/> in <paramref name="slot"/> (null empties it); releases what was there.</summary>
    public void Set(string slot, Registration? entry)
    {
        Registration? old;
        lock (this)
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
        lock (this)
            _forever.Add(entry);
    }

    /// <summary>Empties every slot (a reset); forever callbacks stay.</summary>
    public void ReleaseSlots()
    {
        Registration[] slots;
        lock (this)
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
        lock (this)
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
        lock (original)
        {
            slots = [.. original._slots.Select(p => (p.Key, p.Value.Share()))];
            forever = [.. original._forever.Select(r => r.Share())];
        }
        foreach (var (slot, entry) in slots)
            Set(slot, entry);
        lock (this)
            _forever.AddRange(forever);
    }
}
