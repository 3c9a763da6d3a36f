using BindingForge.Clang.Interop;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>libclang's builtin type kinds as model primitives.</summary>
internal static class PrimitiveKinds
{
    /// <summary>The primitive for a builtin kind, or null when the model has none (<c>__fp16</c>, <c>_Float128</c> ...).</summary>
    public static PrimitiveKind? From(CXTypeKind kind) => kind switch
    {
        CXTypeKind.Void => PrimitiveKind.Void,
        CXTypeKind.Bool => PrimitiveKind.Bool,
        CXTypeKind.Char_U or CXTypeKind.Char_S => PrimitiveKind.Char,
        CXTypeKind.SChar => PrimitiveKind.SChar,
        CXTypeKind.UChar => PrimitiveKind.UChar,
        CXTypeKind.Short => PrimitiveKind.Short,
        CXTypeKind.UShort => PrimitiveKind.UShort,
        CXTypeKind.Int => PrimitiveKind.Int,
        CXTypeKind.UInt => PrimitiveKind.UInt,
        CXTypeKind.Long => PrimitiveKind.Long,
        CXTypeKind.ULong => PrimitiveKind.ULong,
        CXTypeKind.LongLong => PrimitiveKind.LongLong,
        CXTypeKind.ULongLong => PrimitiveKind.ULongLong,
        CXTypeKind.Int128 => PrimitiveKind.Int128,
        CXTypeKind.UInt128 => PrimitiveKind.UInt128,
        CXTypeKind.Float => PrimitiveKind.Float,
        CXTypeKind.Double => PrimitiveKind.Double,
        CXTypeKind.LongDouble => PrimitiveKind.LongDouble,
        CXTypeKind.Float16 => PrimitiveKind.Float16,
        CXTypeKind.WChar => PrimitiveKind.WChar,
        CXTypeKind.Char16 => PrimitiveKind.Char16,
        CXTypeKind.Char32 => PrimitiveKind.Char32,
        _ => null,
    };

    /// <summary>True for the kinds whose values are read with <c>getAsUnsigned</c>.</summary>
    public static bool IsUnsigned(PrimitiveKind kind) =>
        kind is PrimitiveKind.Bool or PrimitiveKind.UChar or PrimitiveKind.UShort or PrimitiveKind.UInt
            or PrimitiveKind.ULong or PrimitiveKind.ULongLong or PrimitiveKind.UInt128 or PrimitiveKind.Char16
            or PrimitiveKind.Char32;
}
