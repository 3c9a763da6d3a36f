namespace BindingForge.Generator.Rendering;

/// <summary>An <c>[InlineArray(Length)]</c> helper for fixed-size C arrays of <paramref name="ElementType"/>.</summary>
internal sealed record InlineArrayRender(string Name, long Length, string ElementType);
