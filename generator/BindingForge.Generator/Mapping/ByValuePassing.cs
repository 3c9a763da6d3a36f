using BindingForge.Model.Header;

namespace BindingForge.Generator.Mapping;

/// <summary>
/// Whether a call from C# can pass a parameter or a result by value the way the SysV x86-64 ABI passes it. A type can
/// have the right C# layout and still not be passable; measured on .NET 10 against gcc-built functions
/// (<c>NumericCallTests</c>):
/// <list type="bullet">
/// <item><c>Int128</c>/<c>UInt128</c>: the runtime refuses them by value in a native call, alone or inside a struct
/// (<c>MarshalDirectiveException</c>), although the layout matches <c>__int128</c>.</item>
/// <item><c>Half</c>: .NET passes it like a struct of one <c>ushort</c>, in a general-purpose register; C passes
/// <c>_Float16</c> in an SSE register, so the callee reads another register.</item>
/// <item>a struct holding either: the LibraryImport generator passes a struct with a field of another assembly's
/// type by value only when runtime marshalling is disabled for the whole assembly (SYSLIB1051).</item>
/// </list>
/// Pointers to any of them are fine: the pointee is memory, and its layout is checked.
/// </summary>
internal static class ByValuePassing
{
    /// <summary>Why a value of <paramref name="type"/> cannot be passed or returned by value; null when it can.</summary>
    public static string? Problem(CType type, HeaderModel model) => model.Resolve(type) switch
    {
        PrimitiveType p => Scalar(p),
        RecordRef r when model.FindRecord(r.Name) is { IsComplete: true } record => InRecord(record, model, $"'{type.Spelling}'"),
        _ => null,
    };

    private static string? Scalar(PrimitiveType type) => type.Kind switch
    {
        PrimitiveKind.Int128 or PrimitiveKind.UInt128 =>
            $"the .NET runtime does not pass System.Int128 or UInt128 by value to native code (MarshalDirectiveException), though C passes '{type.Spelling}' in two registers",
        PrimitiveKind.Float16 =>
            $"the .NET calling convention passes System.Half in a general-purpose register, where the SysV x86-64 ABI passes '{type.Spelling}' in an SSE register",
        _ => null,
    };

    private static string? InRecord(RecordDecl record, HeaderModel model, string what)
    {
        foreach (var field in record.Fields.Where(f => f.BitWidth is null))
        {
            var path = field.Name.Length == 0 ? what : $"{what} (field '{field.Name}')";
            switch (Element(model.Resolve(field.Type), model))
            {
                case PrimitiveType { Kind: PrimitiveKind.Int128 or PrimitiveKind.UInt128 } p:
                    return $"{path} holds '{p.Spelling}': the .NET runtime does not pass System.Int128 or UInt128 by value to native code, not even inside a struct (MarshalDirectiveException)";
                case PrimitiveType { Kind: PrimitiveKind.Float16 } p:
                    return $"{path} holds '{p.Spelling}': LibraryImport passes a struct with a System.Half field by value only when runtime marshalling is disabled for the whole assembly (SYSLIB1051), and .NET passes Half in general-purpose registers where C passes _Float16 in SSE registers";
                case RecordRef r when model.FindRecord(r.Name) is { IsComplete: true } inner && InRecord(inner, model, path) is { } problem:
                    return problem;
            }
        }

        return null;
    }

    /// <summary>The element of a (nested) array field, after typedefs; any other type as it is.</summary>
    private static CType Element(CType type, HeaderModel model) =>
        type is ArrayType array ? Element(model.Resolve(array.Element), model) : type;
}
