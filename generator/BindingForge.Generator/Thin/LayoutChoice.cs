namespace BindingForge.Generator.Thin;

/// <summary>How a struct is laid out in C#, and the alignment C# will give it.</summary>
/// <param name="Explicit">True for <c>LayoutKind.Explicit</c> with a <c>[FieldOffset]</c> on every field.</param>
/// <param name="Pack">The <c>Pack</c> of a sequential layout; 0 for the default.</param>
/// <param name="Size">The <c>Size</c> to state; null when C# arrives at C's size by itself.</param>
/// <param name="Alignment">The alignment the C# struct gets.</param>
internal sealed record LayoutChoice(bool Explicit, int Pack, long? Size, long Alignment)
{
    /// <summary>The attribute text, e.g. <c>[StructLayout(LayoutKind.Sequential, Pack = 1)]</c>.</summary>
    public string Attribute()
    {
        var parts = new List<string> { Explicit ? "LayoutKind.Explicit" : "LayoutKind.Sequential" };
        if (Pack != 0)
            parts.Add($"Pack = {Pack}");
        if (Size is { } size)
            parts.Add($"Size = {size}");
        return $"[StructLayout({string.Join(", ", parts)})]";
    }
}
