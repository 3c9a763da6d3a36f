using BindingForge.Model.Header;

namespace BindingForge.Generator.Mapping;

/// <summary>
/// The C# type for each C builtin on LP64 Linux. <c>char</c> is <c>byte</c> (C strings are bytes), <c>long</c> is
/// <c>CLong</c> (its size follows the platform), <c>bool</c> is <c>byte</c> (blittable without marshalling),
/// <c>__int128</c> is <c>Int128</c> (16-byte aligned in .NET as in C) and <c>_Float16</c> is <c>Half</c>. Whether a call
/// can pass the last two by value is a separate question (<see cref="ByValuePassing"/>).
/// </summary>
internal static class PrimitiveTypes
{
    public static MappedType Map(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Void => new MappedType("void", 0, 1) { Primitive = kind },
        PrimitiveKind.Bool => Scalar("byte", 1, kind) with { IsBool = true },
        PrimitiveKind.Char or PrimitiveKind.UChar => Scalar("byte", 1, kind),
        PrimitiveKind.SChar => Scalar("sbyte", 1, kind),
        PrimitiveKind.Short => Scalar("short", 2, kind),
        PrimitiveKind.UShort or PrimitiveKind.Char16 => Scalar("ushort", 2, kind),
        PrimitiveKind.Int or PrimitiveKind.WChar => Scalar("int", 4, kind),
        PrimitiveKind.UInt or PrimitiveKind.Char32 => Scalar("uint", 4, kind),
        PrimitiveKind.Long => Scalar("CLong", 8, kind),
        PrimitiveKind.ULong => Scalar("CULong", 8, kind),
        PrimitiveKind.LongLong => Scalar("long", 8, kind),
        PrimitiveKind.ULongLong => Scalar("ulong", 8, kind),
        PrimitiveKind.Float => Scalar("float", 4, kind),
        PrimitiveKind.Double => Scalar("double", 8, kind),
        PrimitiveKind.Int128 => Scalar("System.Int128", 16, kind),
        PrimitiveKind.UInt128 => Scalar("System.UInt128", 16, kind),
        PrimitiveKind.Float16 => Scalar("System.Half", 2, kind),
        PrimitiveKind.LongDouble => MappedType.Fail("C long double has no C# equivalent"),
        _ => MappedType.Fail($"the C type {kind} is not supported"),
    };

    /// <summary>The C# integral type for an enum's or a bitfield's arithmetic (<c>CLong</c> is not arithmetic).</summary>
    public static string? Integral(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Bool or PrimitiveKind.Char or PrimitiveKind.UChar => "byte",
        PrimitiveKind.SChar => "sbyte",
        PrimitiveKind.Short => "short",
        PrimitiveKind.UShort or PrimitiveKind.Char16 => "ushort",
        PrimitiveKind.Int or PrimitiveKind.WChar => "int",
        PrimitiveKind.UInt or PrimitiveKind.Char32 => "uint",
        PrimitiveKind.Long or PrimitiveKind.LongLong => "long",
        PrimitiveKind.ULong or PrimitiveKind.ULongLong => "ulong",
        _ => null,
    };

    /// <summary>True for the signed integer kinds (plain <c>char</c> is signed on x86-64).</summary>
    public static bool IsSigned(PrimitiveKind kind) => kind is PrimitiveKind.Char or PrimitiveKind.SChar
        or PrimitiveKind.Short or PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.LongLong
        or PrimitiveKind.WChar;

    private static MappedType Scalar(string name, long size, PrimitiveKind kind) =>
        new(name, size, size) { Primitive = kind };
}
