namespace BindingForge.Model.Header;

/// <summary>The builtin C types, as the C compiler of the parse sees them (LP64 on this platform).</summary>
public enum PrimitiveKind
{
    Void,
    Bool,
    /// <summary>Plain <c>char</c>: its signedness is the platform's.</summary>
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Int128,
    UInt128,
    Float,
    Double,
    LongDouble,
    /// <summary><c>_Float16</c>, IEEE 754 binary16 (not the storage-only <c>__fp16</c>).</summary>
    Float16,
    /// <summary><c>wchar_t</c> when the parse sees it as a builtin.</summary>
    WChar,
    Char16,
    Char32,
}
