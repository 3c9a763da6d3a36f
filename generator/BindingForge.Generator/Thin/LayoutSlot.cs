namespace BindingForge.Generator.Thin;

/// <summary>One stored C# field as the layout sees it: where C puts it, and its C# size and alignment.</summary>
internal sealed record LayoutSlot(long Offset, long Size, long Alignment)
{
    public long End => Offset + Size;
}
