namespace BindingForge.Generator.Rendering;

/// <summary>An empty struct for an incomplete C type, so that pointers to it stay typed (<c>sqlite3*</c>).</summary>
internal sealed record OpaqueStructRender(IReadOnlyList<string> DocLines, string Name);
