using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Rendering;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Thin;

/// <summary>
/// One property per named bitfield, typed as C declared it: <c>bool</c> for <c>_Bool</c>, the enum for an enum,
/// otherwise the integral type (<c>long</c> for C <c>long</c>, since <c>CLong</c> has no arithmetic).
/// </summary>
internal static class BitfieldProperties
{
    public static List<PropertyRender> Build(List<PlannedField> bitfields, ThinReport report, RecordDecl record)
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

            var storage = field.Storage!;
            var shift = field.Flat.OffsetBits - storage.Offset * 8;
            var signed = type != "bool" && PrimitiveTypes.IsSigned(primitive);
            var (getter, setter) = BitfieldAccessors.Build(storage, shift, decl.BitWidth!.Value, type, signed);
            result.Add(new PropertyRender(DocComments.For(decl.Doc), type, field.Name, getter, setter));
        }

        return result;
    }

    private static string? PropertyType(MappedType type)
    {
        if (type.IsBool)
            return "bool";
        if (type.IsEnum)
            return type.Name;
        return type.Primitive is { } p ? PrimitiveTypes.Integral(p) : null;
    }
}
