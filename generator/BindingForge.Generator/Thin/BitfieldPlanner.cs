namespace BindingForge.Generator.Thin;

/// <summary>
/// Chooses the storage fields for a record's bitfields. Each bitfield gets the aligned window of its declared type
/// (C's storage unit), or, when that window would cover an ordinary field or run past the record, the smallest
/// aligned 1/2/4/8-byte window that holds its bits. Aligned power-of-two windows are either nested or disjoint, so
/// keeping the outermost ones gives non-overlapping storage fields.
/// </summary>
internal static class BitfieldPlanner
{
    /// <summary>A bitfield to place: its absolute bit offset, width, and the byte size of its declared type.</summary>
    public sealed record Request(long OffsetBits, int Width, long DeclaredSize);

    /// <summary>
    /// The window of each request (null when none fits), and the storage fields in offset order.
    /// <paramref name="occupied"/> are the byte ranges of the record's ordinary fields (ignored for unions).
    /// </summary>
    public static (BitfieldStorage?[] Windows, List<BitfieldStorage> Storage) Plan(
        IReadOnlyList<Request> requests, IReadOnlyList<LayoutSlot> occupied, long recordSize, bool isUnion)
    {
        var chosen = new (long Offset, long Size)?[requests.Count];
        for (var i = 0; i < requests.Count; i++)
            chosen[i] = Window(requests[i], occupied, recordSize, isUnion);

        var outermost = chosen.OfType<(long Offset, long Size)>()
            .Distinct()
            .Where(w => !chosen.OfType<(long Offset, long Size)>().Any(o => o != w && o.Offset <= w.Offset && w.Offset + w.Size <= o.Offset + o.Size))
            .OrderBy(w => w.Offset)
            .ToList();
        var storage = outermost.Select((w, i) => new BitfieldStorage($"_bitfield{i}", w.Offset, w.Size)).ToList();
        var windows = chosen.Select(c => c is { } w ? storage.First(s => s.Contains(w.Offset, w.Size)) : null).ToArray();
        return (windows, storage);
    }

    private static (long Offset, long Size)? Window(Request request, IReadOnlyList<LayoutSlot> occupied, long recordSize, bool isUnion)
    {
        long[] sizes = [request.DeclaredSize, 1, 2, 4, 8];
        foreach (var size in sizes.Where(s => s is 1 or 2 or 4 or 8))
        {
            var start = request.OffsetBits / 8 / size * size;
            var fits = request.OffsetBits + request.Width <= (start + size) * 8 && start + size <= recordSize;
            if (fits && (isUnion || !occupied.Any(o => o.Offset < start + size && start < o.End)))
                return (start, size);
        }

        return null;
    }
}
