using System.Globalization;

namespace BindingForge.Contracts.Capture;

/// <summary>Integers as YAML 1.2's core schema writes them: decimal with a sign, <c>0x</c> hex, <c>0o</c> octal.</summary>
internal static class YamlNumbers
{
    public static bool TryParseInteger(string text, out Int128 value)
    {
        value = default;
        if (text.Length == 0)
            return false;
        var negative = text[0] == '-';
        var body = text[0] is '-' or '+' ? text[1..] : text;
        bool parsed;
        if (body.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            parsed = TryParseRadix(body[2..], 16, out value);
        else if (body.StartsWith("0o", StringComparison.OrdinalIgnoreCase))
            parsed = TryParseRadix(body[2..], 8, out value);
        else
            parsed = body.Length > 0 && body.All(char.IsAsciiDigit)
                && Int128.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        if (parsed && negative)
            value = -value;
        return parsed;
    }

    private static bool TryParseRadix(string digits, int radix, out Int128 value)
    {
        value = 0;
        if (digits.Length is 0 or > 32)
            return false;
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
                return false;
            value = (value * radix) + digit;
        }

        return true;
    }
}
