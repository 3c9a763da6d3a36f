using System.Text;

namespace BindingForge.Model;

/// <summary>How C# spells a value of the input as a literal: one definition for the emitter and for messages.</summary>
public static class CSharpLiterals
{
    /// <summary>
    /// A C# string literal (with quotes) for <paramref name="text"/>: quotes, backslashes and control characters
    /// escaped, everything outside printable ASCII as <c>\uXXXX</c>, so no line separator, bidi control or NUL of the
    /// input survives raw. Generated code spells strings with it, and messages quote refused input with it.
    /// </summary>
    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
