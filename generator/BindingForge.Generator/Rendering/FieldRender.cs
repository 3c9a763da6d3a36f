namespace BindingForge.Generator.Rendering;

/// <summary>One stored field of a struct.</summary>
/// <param name="DocLines">Complete <c>///</c> lines, unindented.</param>
/// <param name="OffsetAttribute"><c>[FieldOffset(n)]</c> in explicit layouts; null in sequential ones.</param>
/// <param name="Accessibility"><c>public</c>, or <c>private</c> for bitfield storage.</param>
/// <param name="Type">The C# type.</param>
/// <param name="Name">The C# name.</param>
internal sealed record FieldRender(IReadOnlyList<string> DocLines, string? OffsetAttribute, string Accessibility, string Type, string Name);
