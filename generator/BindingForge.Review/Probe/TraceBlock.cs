namespace BindingForge.Review.Probe;

/// <summary>
/// A heap block allocated during a traced call: where it lived, from its allocation to its free (or a move by realloc,
/// which gives the same block a new address), and the traced calls (by entry ordinal) that allocated and freed it;
/// a free frame of 0 is a free outside every traced call, by the program itself.
/// </summary>
public sealed class TraceBlock(int pid, ulong address, ulong size, long allocated, long allocatedIn)
{
    public int Pid { get; } = pid;

    public ulong Address { get; set; } = address;

    public ulong Size { get; set; } = size;

    public long Allocated { get; } = allocated;

    public long AllocatedIn { get; } = allocatedIn;

    /// <summary>The ordinal of the free, or null while the block lived to the end of the trace.</summary>
    public long? Freed { get; set; }

    public long FreedIn { get; set; }

    /// <summary>Where the block was before each move, and until when.</summary>
    public List<(ulong Address, ulong Size, long Until)> Earlier { get; } = [];

    /// <summary>True when <paramref name="value"/> points into the block at <paramref name="ordinal"/>.</summary>
    public bool Contains(ulong value, long ordinal)
    {
        if (ordinal < Allocated || Freed is { } freed && ordinal > freed)
            return false;
        foreach (var (address, size, until) in Earlier)
        {
            if (ordinal <= until)
                return Inside(value, address, size);
        }

        return Inside(value, Address, Size);
    }

    private static bool Inside(ulong value, ulong address, ulong size) => value >= address && value < address + Math.Max(size, 1);
}
