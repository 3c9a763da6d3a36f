namespace BindingForge.Generator.Rendering;

/// <summary>The layout facts clang reported for one struct, checked by the generated <c>Verify()</c>.</summary>
/// <param name="TypeName">The C# type.</param>
/// <param name="MethodName">The private method that checks it.</param>
/// <param name="Label">How mismatches name it (the C# name without <c>@</c>).</param>
/// <param name="Size">The size the C# struct must have: sizeof in C, or 1 for a record that is empty in C.</param>
/// <param name="Fields">Offsets of the stored fields that can be addressed.</param>
internal sealed record LayoutCheckRender(string TypeName, string MethodName, string Label, long Size, IReadOnlyList<FieldOffsetCheckRender> Fields);
