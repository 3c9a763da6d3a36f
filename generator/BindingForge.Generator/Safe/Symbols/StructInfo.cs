using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Symbols;

/// <summary>A caller-allocated struct class the safe layer emits (<c>structs:</c>): its C# name, the thin pointer type
/// of its address, and its guard entry.</summary>
/// <param name="PointerType">The thin type of a pointer to the struct (<c>z_stream*</c>).</param>
/// <param name="StructType">The thin struct type itself (<c>z_stream</c>).</param>
internal sealed record StructInfo(BoundStruct Bound, string ClassName, string PointerType, string StructType, string Enter)
{
    public string CTypeName => Bound.CTypeName;
}
