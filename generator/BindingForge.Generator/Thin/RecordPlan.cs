using BindingForge.Generator.Rendering;

namespace BindingForge.Generator.Thin;

/// <summary>
/// What the record builder made of one record: the struct, the layout facts to verify, its C# alignment, and the
/// namespaces its members use beyond the types file's own.
/// </summary>
internal sealed record RecordPlan(StructRender Struct, LayoutCheckRender Check, long Alignment, IReadOnlyList<string> Namespaces);
