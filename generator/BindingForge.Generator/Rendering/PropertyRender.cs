namespace BindingForge.Generator.Rendering;

/// <summary>A bitfield accessor: <paramref name="Getter"/> and <paramref name="Setter"/> are complete C# expressions.</summary>
internal sealed record PropertyRender(IReadOnlyList<string> DocLines, string Type, string Name, string Getter, string Setter);
