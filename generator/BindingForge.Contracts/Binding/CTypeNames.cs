using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Turns a type name written in a contract (<c>type: int</c>, <c>element: uint8_t</c>, <c>sizeof: z_stream</c>)
/// into a <see cref="CType"/>: C builtin spellings, the fixed-width names of stdint.h and <c>byte</c>/<c>sbyte</c>
/// (LP64), then typedefs, records and enums the header declares.
/// </summary>
internal static class CTypeNames
{
    private static readonly Dictionary<string, PrimitiveKind> Builtins = new(StringComparer.Ordinal)
    {
        ["void"] = PrimitiveKind.Void, ["bool"] = PrimitiveKind.Bool, ["_Bool"] = PrimitiveKind.Bool,
        ["char"] = PrimitiveKind.Char, ["signed char"] = PrimitiveKind.SChar, ["unsigned char"] = PrimitiveKind.UChar,
        ["short"] = PrimitiveKind.Short, ["unsigned short"] = PrimitiveKind.UShort,
        ["int"] = PrimitiveKind.Int, ["signed"] = PrimitiveKind.Int, ["unsigned int"] = PrimitiveKind.UInt, ["unsigned"] = PrimitiveKind.UInt,
        ["long"] = PrimitiveKind.Long, ["unsigned long"] = PrimitiveKind.ULong,
        ["long long"] = PrimitiveKind.LongLong, ["unsigned long long"] = PrimitiveKind.ULongLong,
        ["float"] = PrimitiveKind.Float, ["double"] = PrimitiveKind.Double, ["long double"] = PrimitiveKind.LongDouble,
        ["wchar_t"] = PrimitiveKind.WChar, ["char16_t"] = PrimitiveKind.Char16, ["char32_t"] = PrimitiveKind.Char32,
        ["byte"] = PrimitiveKind.UChar, ["sbyte"] = PrimitiveKind.SChar,
        ["int8_t"] = PrimitiveKind.SChar, ["uint8_t"] = PrimitiveKind.UChar,
        ["int16_t"] = PrimitiveKind.Short, ["uint16_t"] = PrimitiveKind.UShort,
        ["int32_t"] = PrimitiveKind.Int, ["uint32_t"] = PrimitiveKind.UInt,
        ["int64_t"] = PrimitiveKind.Long, ["uint64_t"] = PrimitiveKind.ULong,
        ["size_t"] = PrimitiveKind.ULong, ["ssize_t"] = PrimitiveKind.Long,
        ["intptr_t"] = PrimitiveKind.Long, ["uintptr_t"] = PrimitiveKind.ULong, ["ptrdiff_t"] = PrimitiveKind.Long,
        ["intmax_t"] = PrimitiveKind.Long, ["uintmax_t"] = PrimitiveKind.ULong,
    };

    /// <summary>
    /// The builtin a standard typedef the header model keeps by name stands for (<c>size_t</c>, <c>uint8_t</c> ...);
    /// null for any other name.
    /// </summary>
    public static PrimitiveType? Standard(string name) =>
        Builtins.TryGetValue(name, out var kind) ? new PrimitiveType(kind) { Spelling = name } : null;

    public static CType? Parse(string text, HeaderModel header)
    {
        var name = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (Builtins.TryGetValue(name, out var kind))
            return new PrimitiveType(kind) { Spelling = name };
        if (name.StartsWith("struct ", StringComparison.Ordinal) || name.StartsWith("union ", StringComparison.Ordinal))
            name = name[(name.IndexOf(' ') + 1)..];
        if (header.FindTypedef(name) is not null)
            return new TypedefRef(name) { Spelling = name };
        if (header.FindRecord(name) is { } record)
            return new RecordRef(name, record.Kind) { Spelling = name };
        if (name.StartsWith("enum ", StringComparison.Ordinal))
            name = name[5..];
        return header.FindEnum(name) is not null ? new EnumRef(name) { Spelling = name } : null;
    }

    /// <summary>Names a contract may use as a type, for "did you mean" hints.</summary>
    public static IEnumerable<string> Known(HeaderModel header) =>
        Builtins.Keys.Concat(header.Typedefs.Select(t => t.Name)).Concat(header.Records.Select(r => r.Name)).Concat(header.Enums.Select(e => e.Name));
}
