namespace BindingForge.Generator.Rendering;

/// <summary>One enumerator; <paramref name="Value"/> is a C# literal of the enum's underlying type.</summary>
internal sealed record EnumMemberRender(IReadOnlyList<string> DocLines, string Name, string Value);
