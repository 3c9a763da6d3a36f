namespace BindingForge.Generator.Safe.Rendering;

/// <summary>A generated member, as complete lines (docs, attributes, signature, body), indented for its class.</summary>
internal sealed record MethodRender(IReadOnlyList<string> Lines);
