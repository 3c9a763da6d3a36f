using BindingForge.Generator.Mapping;

namespace BindingForge.Generator.Thin;

/// <summary>A flattened field with its C# type and name; <see cref="Storage"/> is set for a placed bitfield.</summary>
internal sealed record PlannedField(FlatField Flat, MappedType Type, string Name, BitfieldStorage? Storage = null)
{
    public bool IsBitfield => Flat.Field.BitWidth is not null;
}
