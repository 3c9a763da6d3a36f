using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BindingForge.Review.Writing;

/// <summary>
/// YAML scalars written so that they read back as the same text: plain when that is unambiguous (C names,
/// file names), double-quoted otherwise, with every character YAML could misread escaped.
/// </summary>
public static partial class YamlText
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "null", "y", "n", "~",
    };

    /// <summary>The text as a plain scalar when safe, else double-quoted.</summary>
    public static string Scalar(string text) =>
        Plain().IsMatch(text) && !Reserved.Contains(text) && !LooksNumeric(text) ? text : Quoted(text);

    /// <summary>The text double-quoted, with <c>\</c>, <c>"</c> and non-printable characters escaped.</summary>
    public static string Quoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A flow sequence of double-quoted strings: <c>["a.h", "b.h"]</c>.</summary>
    public static string QuotedList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quoted)) + "]";

    private static bool LooksNumeric(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.StartsWith("0o", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-/]*$")]
    private static partial Regex Plain();
}
