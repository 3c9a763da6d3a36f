namespace BindingForge.Generator.Rendering;

/// <summary>A C# struct for a complete C struct or union.</summary>
/// <param name="DocLines">Complete <c>///</c> lines, unindented.</param>
/// <param name="Name">The C# type name.</param>
/// <param name="IsUnsafe">True when a field or a member uses pointers.</param>
/// <param name="LayoutAttribute">The whole attribute, e.g. <c>[StructLayout(LayoutKind.Explicit, Size = 8)]</c>.</param>
/// <param name="AlignmentField">A private field that only raises the struct's alignment to C's, or null.</param>
/// <param name="Fields">The stored fields, in declaration order.</param>
/// <param name="Properties">Bitfield accessors over the private storage fields or the struct's bytes.</param>
/// <param name="Members">Other members, after the properties: constants and methods (flexible array accessors,
/// aligned allocation, the byte access bitfields use).</param>
internal sealed record StructRender(
    IReadOnlyList<string> DocLines,
    string Name,
    bool IsUnsafe,
    string LayoutAttribute,
    string? AlignmentField,
    IReadOnlyList<FieldRender> Fields,
    IReadOnlyList<PropertyRender> Properties,
    IReadOnlyList<StructMemberRender> Members);
