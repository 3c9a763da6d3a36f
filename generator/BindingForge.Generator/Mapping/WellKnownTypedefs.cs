using System.Collections.Frozen;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Mapping;

/// <summary>
/// Typedef names recognised before they are resolved: the pointer-sized ones become <c>nint</c>/<c>nuint</c> (their
/// size follows the platform, not the typedef chain of this machine), the exact-width ones their C# twins, and
/// <c>va_list</c> is refused, since C# cannot build one.
/// </summary>
internal static class WellKnownTypedefs
{
    private static readonly FrozenDictionary<string, MappedType> Types = new Dictionary<string, MappedType>
    {
        ["size_t"] = Scalar("nuint", 8, PrimitiveKind.ULong),
        ["uintptr_t"] = Scalar("nuint", 8, PrimitiveKind.ULong),
        ["ssize_t"] = Scalar("nint", 8, PrimitiveKind.Long),
        ["intptr_t"] = Scalar("nint", 8, PrimitiveKind.Long),
        ["ptrdiff_t"] = Scalar("nint", 8, PrimitiveKind.Long),
        ["int8_t"] = Scalar("sbyte", 1, PrimitiveKind.SChar),
        ["uint8_t"] = Scalar("byte", 1, PrimitiveKind.UChar),
        ["int16_t"] = Scalar("short", 2, PrimitiveKind.Short),
        ["uint16_t"] = Scalar("ushort", 2, PrimitiveKind.UShort),
        ["int32_t"] = Scalar("int", 4, PrimitiveKind.Int),
        ["uint32_t"] = Scalar("uint", 4, PrimitiveKind.UInt),
        ["int64_t"] = Scalar("long", 8, PrimitiveKind.LongLong),
        ["uint64_t"] = Scalar("ulong", 8, PrimitiveKind.ULongLong),
        ["va_list"] = MappedType.Fail("va_list cannot be built from C#"),
        ["__builtin_va_list"] = MappedType.Fail("va_list cannot be built from C#"),
        ["__gnuc_va_list"] = MappedType.Fail("va_list cannot be built from C#"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGet(string typedefName, out MappedType type) => Types.TryGetValue(typedefName, out type!);

    private static MappedType Scalar(string name, long size, PrimitiveKind kind) =>
        new(name, size, size) { Primitive = kind };
}
