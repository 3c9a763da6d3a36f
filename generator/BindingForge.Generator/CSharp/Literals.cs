using System.Globalization;
using System.Text;

namespace BindingForge.Generator.CSharp;

/// <summary>C# literals for constant values: integers range-checked against their type, round-trip floats, UTF-8 strings.</summary>
internal static class Literals
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The inclusive range of each C# integral type the generator emits.</summary>
    public static bool Fits(Int128 value, string type) => type switch
    {
        "byte" => value >= byte.MinValue && value <= byte.MaxValue,
        "sbyte" => value >= sbyte.MinValue && value <= sbyte.MaxValue,
        "short" => value >= short.MinValue && value <= short.MaxValue,
        "ushort" => value >= ushort.MinValue && value <= ushort.MaxValue,
        "int" => value >= int.MinValue && value <= int.MaxValue,
        "uint" => value >= uint.MinValue && value <= uint.MaxValue,
        "long" or "nint" => value >= long.MinValue && value <= long.MaxValue,
        "ulong" or "nuint" => value >= ulong.MinValue && value <= ulong.MaxValue,
        _ => false,
    };

    /// <summary>A decimal integer literal; C# reads <c>-2147483648</c> as an int, so no special case is needed.</summary>
    public static string Integer(Int128 value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A hex literal with the <c>UL</c> suffix, for bit masks.</summary>
    public static string HexULong(ulong value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture) + "UL";

    /// <summary>A double literal that reads back to the same value.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value))
            return "double.NaN";
        if (double.IsInfinity(value))
            return value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    /// <summary>A float literal that reads back to the same value.</summary>
    public static string Float(float value)
    {
        if (float.IsNaN(value))
            return "float.NaN";
        if (float.IsInfinity(value))
            return value > 0 ? "float.PositiveInfinity" : "float.NegativeInfinity";
        return value.ToString("R", CultureInfo.InvariantCulture) + "F";
    }

    /// <summary>
    /// <c>"text"u8</c> when the bytes are valid UTF-8 (the data is NUL-terminated in memory, so it can go to C as is),
    /// else a byte collection expression, which C# also stores as static data.
    /// </summary>
    public static string Utf8(IReadOnlyList<byte> bytes)
    {
        try
        {
            return CSharpNames.StringLiteral(StrictUtf8.GetString([.. bytes])) + "u8";
        }
        catch (DecoderFallbackException)
        {
            return "[" + string.Join(", ", bytes.Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture))) + "]";
        }
    }
}
