using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Rendering;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Thin;

/// <summary>
/// One property per named bitfield, typed as C declared it: <c>bool</c> for <c>_Bool</c>, the enum for an enum,
/// otherwise the integral type (<c>long</c> for C <c>long</c>, since <c>CLong</c> has no arithmetic). A bitfield with
/// a storage field is read from it (<see cref="BitfieldAccessors"/>); one without, from the struct's bytes
/// (<see cref="BitfieldBytes"/>, through the struct's byte access helper).
/// </summary>
internal static class BitfieldProperties
{
    public static List<PropertyRender> Build(List<PlannedField> bitfields, ThinReport report, RecordDecl record, string byteAt)
    {
        var result = new List<PropertyRender>();
        foreach (var field in bitfields)
        {
            var decl = field.Flat.Field;
            var type = PropertyType(field.Type);
            if (type is null || field.Type.Primitive is not { } primitive)
            {
                report.Skip("bitfield", $"{record.Name}.{decl.Name}", $"a bitfield of type '{decl.Type.Spelling}' has no C# accessor", DiagnosticIds.UnsupportedType, record.Location);
                continue;
            }

            var signed = type != "bool" && PrimitiveTypes.IsSigned(primitive);
            var width = decl.BitWidth!.Value;
            var (getter, setter) = field.Storage is { } storage
                ? BitfieldAccessors.Build(storage, field.Flat.OffsetBits - storage.Offset * 8, width, type, signed)
                : BitfieldBytes.Build(byteAt, field.Flat.OffsetBits, width, type, signed);
            result.Add(new PropertyRender(DocComments.For(decl.Doc), type, field.Name, getter, setter));
        }

        return result;
    }

    /// <summary>True when a bitfield of this type gets a property (<see cref="Build"/> reports the others).</summary>
    public static bool HasAccessor(MappedType type) => PropertyType(type) is not null && type.Primitive is not null;

    private static string? PropertyType(MappedType type)
    {
        if (type.IsBool)
            return "bool";
        if (type.IsEnum)
            return type.Name;
        return type.Primitive is { } p ? PrimitiveTypes.Integral(p) : null;
    }
}
