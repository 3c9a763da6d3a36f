namespace BindingForge.Generator.Rendering;

/// <summary>One field offset to check: <paramref name="Member"/> is the C# field name, <paramref name="Offset"/> C's offset in bytes.</summary>
internal sealed record FieldOffsetCheckRender(string Label, string Member, long Offset);
