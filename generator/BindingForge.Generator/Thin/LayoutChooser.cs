namespace BindingForge.Generator.Thin;

/// <summary>
/// Picks the C# layout that reproduces clang's offsets and size: sequential when the natural C# layout (or one with a
/// <c>Pack</c>, for packed records) lands every field where C does, explicit offsets otherwise (unions, overlapping
/// anonymous members, bitfield storage). A record that is empty in C gets C#'s empty struct, which has 1 byte.
/// </summary>
internal static class LayoutChooser
{
    private static readonly int[] Packs = [0, 1, 2, 4, 8];

    public static LayoutChoice Choose(IReadOnlyList<LayoutSlot> slots, long size, bool isUnion)
    {
        // A record that is empty in C (size 0) is the 1-byte struct C# gives a struct without fields.
        if (slots.Count == 0 && size == 0)
            return new LayoutChoice(false, 0, null, 1);

        if (!isUnion && IsSequential(slots))
        {
            foreach (var pack in Packs)
            {
                if (TrySequential(slots, pack, size) is { } choice)
                    return choice;
            }
        }

        var maxEnd = slots.Count == 0 ? 0 : slots.Max(s => s.End);
        var alignment = slots.Count == 0 ? 1 : slots.Max(s => s.Alignment);
        var natural = RoundUp(Math.Max(maxEnd, 1), alignment);
        return new LayoutChoice(true, 0, natural == size ? null : size, alignment);
    }

    private static LayoutChoice? TrySequential(IReadOnlyList<LayoutSlot> slots, int pack, long size)
    {
        long offset = 0, alignment = 1;
        foreach (var slot in slots)
        {
            var align = pack == 0 ? slot.Alignment : Math.Min(slot.Alignment, pack);
            offset = RoundUp(offset, align);
            if (offset != slot.Offset)
                return null;
            offset += slot.Size;
            alignment = Math.Max(alignment, align);
        }

        var natural = RoundUp(Math.Max(offset, 1), alignment);
        if (natural > size)
            return null;
        return new LayoutChoice(false, pack, natural == size ? null : size, alignment);
    }

    private static bool IsSequential(IReadOnlyList<LayoutSlot> slots)
    {
        for (var i = 1; i < slots.Count; i++)
        {
            if (slots[i].Offset < slots[i - 1].End)
                return false;
        }

        return true;
    }

    public static long RoundUp(long value, long alignment) => alignment <= 1 ? value : (value + alignment - 1) / alignment * alignment;
}
