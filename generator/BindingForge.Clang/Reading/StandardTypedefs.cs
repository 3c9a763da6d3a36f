namespace BindingForge.Clang.Reading;

/// <summary>
/// Typedefs declared outside the named headers that stay <c>TypedefRef</c>s in the model, because their
/// meaning is their name (a binding maps <c>size_t</c> to <c>nuint</c>, not to what glibc says today).
/// Every other typedef from a header that was not named is replaced by what it stands for (<c>wchar_t</c> is
/// <c>int</c> here, zlib's <c>Bytef</c> is <c>unsigned char</c>), so the model never names a typedef it does not
/// declare except these.
/// </summary>
internal static class StandardTypedefs
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "size_t", "ssize_t", "ptrdiff_t", "intptr_t", "uintptr_t",
        "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
    };

    /// <summary>The spellings of <c>va_list</c>, which no C# signature can pass.</summary>
    public static IReadOnlySet<string> VaList { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "va_list", "__gnuc_va_list", "__builtin_va_list",
    };
}
