using BindingForge.Generator.Mapping;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// How the safe layer spells a thin scalar and converts between the two: C <c>bool</c> (a byte in the thin layer) is
/// <c>bool</c>, <c>long</c>/<c>unsigned long</c> (<c>CLong</c>/<c>CULong</c>) are <c>long</c>/<c>ulong</c> (a number
/// as wide as C's on every platform: 64 bits on LP64, 32 on Windows, where a value outside it throws
/// <see cref="OverflowException"/> on the way in), everything else is the thin type itself; <c>nint</c> stays for C's
/// <c>intptr_t</c>. Lengths are <c>int</c> in C# (span lengths) and converted with overflow checks.
/// </summary>
internal static class Conversions
{
    public static string SafeType(MappedType type) => type.IsBool ? "bool" : type.Name switch
    {
        "CLong" => "long",
        "CULong" => "ulong",
        _ => type.Name,
    };

    /// <summary>A safe-typed expression as the thin type: <c>(byte)(flag ? 1 : 0)</c>, <c>new CULong(checked((nuint)(n)))</c>.</summary>
    public static string ToNative(string expression, MappedType type) => type.IsBool ? $"(byte)({expression} ? 1 : 0)" : type.Name switch
    {
        "CLong" => $"new CLong(checked((nint)({expression})))",
        "CULong" => $"new CULong(checked((nuint)({expression})))",
        _ => expression,
    };

    /// <summary>A thin-typed expression as the safe type: <c>result != 0</c>, <c>(long)result.Value</c>.</summary>
    public static string FromNative(string expression, MappedType type) => type.IsBool ? $"{expression} != 0" : type.Name switch
    {
        "CLong" => $"(long){expression}.Value",
        "CULong" => $"(ulong){expression}.Value",
        _ => expression,
    };

    /// <summary>An enum-typed expression as the thin integer type: <c>(int)flags</c>, <c>new CLong(checked((nint)(long)flags))</c>.</summary>
    public static string EnumToNative(string expression, MappedType type) => ToNative($"({SafeType(type)}){expression}", type);

    /// <summary>A thin integer as the enum <paramref name="enumName"/>: <c>(ResultCode)__result</c>.</summary>
    public static string EnumFromNative(string expression, MappedType type, string enumName) => $"({enumName})({FromNative(expression, type)})";

    /// <summary>An <c>int</c> length as a thin integer type: <c>(nuint)values.Length</c>, <c>new CULong((nuint)n)</c>.</summary>
    public static string FromInt(string expression, MappedType type) => type.Name switch
    {
        "int" => expression,
        "CLong" => $"new CLong({expression})",
        "CULong" => $"new CULong((nuint)({expression}))",
        "byte" or "sbyte" or "short" or "ushort" => $"checked(({type.Name})({expression}))",
        _ => $"({type.Name})({expression})",
    };

    /// <summary>True when an expression built here can throw: a checked narrowing (<see cref="OverflowException"/>).</summary>
    public static bool MayThrow(string expression) =>
        expression.Replace("unchecked(", "", StringComparison.Ordinal).Contains("checked(", StringComparison.Ordinal);

    /// <summary>A thin integer as an <c>int</c> count, checked.</summary>
    public static string ToInt(string expression, MappedType type) => type.Name switch
    {
        "int" => expression,
        "CLong" or "CULong" => $"checked((int){expression}.Value)",
        _ => $"checked((int){expression})",
    };

    /// <summary>True when a thin type can carry a count: an integer scalar.</summary>
    public static bool IsInteger(MappedType type) =>
        type is { IsPointer: false, IsEnum: false, Record: null, Primitive: not null } &&
        type.Name is "int" or "uint" or "long" or "ulong" or "short" or "ushort" or "byte" or "sbyte" or "nint" or "nuint" or "CLong" or "CULong";

    /// <summary>A constant of a thin type: <c>unchecked((int)(-1))</c>, <c>new CULong(5)</c>, <c>unchecked((void*)(-1))</c>.</summary>
    public static string Literal(Int128 value, MappedType type)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return type.Name switch
        {
            "CLong" => $"new CLong(unchecked((nint)({text})))",
            "CULong" => $"new CULong(unchecked((nuint)({text})))",
            _ => $"unchecked(({type.Name})({text}))",
        };
    }

    /// <summary>
    /// A constant of a thin integer type as a reader writes it: <c>1</c>, <c>-1</c> when the type holds it, else
    /// <see cref="Literal"/>'s cast.
    /// </summary>
    public static string PlainLiteral(Int128 value, MappedType type) =>
        Range(type.Name) is var (min, max) && value >= min && value <= max
            ? value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Literal(value, type);

    /// <summary>The values a C# integer type holds, for the types a constant converts to implicitly when in range.</summary>
    private static (Int128 Min, Int128 Max)? Range(string type) => type switch
    {
        "int" => (int.MinValue, int.MaxValue),
        "uint" => (uint.MinValue, uint.MaxValue),
        "long" => (long.MinValue, long.MaxValue),
        "ulong" => (ulong.MinValue, ulong.MaxValue),
        "short" => (short.MinValue, short.MaxValue),
        "ushort" => (ushort.MinValue, ushort.MaxValue),
        "byte" => (byte.MinValue, byte.MaxValue),
        "sbyte" => (sbyte.MinValue, sbyte.MaxValue),
        _ => null,
    };

    /// <summary>The element type of a pointer type name: <c>byte**</c> gives <c>byte*</c>; null when it is no pointer.</summary>
    public static string? PointeeName(MappedType type) =>
        type.IsPointer && !type.IsFunctionPointer && type.Name.EndsWith('*') ? type.Name[..^1] : null;

    /// <summary><paramref name="expression"/> cast to <paramref name="target"/> unless it already has that type.</summary>
    public static string Cast(string expression, string expressionType, string target) =>
        expressionType == target ? expression : $"({target}){expression}";
}
