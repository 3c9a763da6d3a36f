namespace BindingForge.Generator.Rendering;

/// <summary>A C# enum for a named C enum.</summary>
internal sealed record EnumRender(IReadOnlyList<string> DocLines, string Name, string UnderlyingType, IReadOnlyList<EnumMemberRender> Members);
