using System.Text;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Finds comments in header text by position, for what clang attaches no comment to (macro definitions).
/// Works on the UTF-8 bytes clang read, with byte offsets from clang locations.
/// </summary>
internal static class CommentScanner
{
    /// <summary>A comment that starts on the same line, after <paramref name="end"/> (an optional <c>,</c>/<c>;</c> between).</summary>
    public static string? Trailing(ReadOnlySpan<byte> text, int end)
    {
        var i = SkipBlanks(text, end);
        if (i < text.Length && text[i] is (byte)',' or (byte)';')
            i = SkipBlanks(text, i + 1);
        if (StartsWith(text, i, "/*"u8))
        {
            var close = text[(i + 2)..].IndexOf("*/"u8);
            return close < 0 ? null : Encoding.UTF8.GetString(text[i..(i + 2 + close + 2)]);
        }
        if (StartsWith(text, i, "//"u8))
        {
            var eol = text[i..].IndexOf((byte)'\n');
            return Encoding.UTF8.GetString(eol < 0 ? text[i..] : text[i..(i + eol)]);
        }
        return null;
    }

    /// <summary>
    /// A comment that ends on the line just before the line holding <paramref name="start"/> and is alone on
    /// its lines (not the trailing comment of code above it): a block comment, or a run of <c>//</c> lines.
    /// </summary>
    public static string? Leading(ReadOnlySpan<byte> text, int start)
    {
        var lineStart = LineStart(text, Math.Min(start, text.Length));
        if (lineStart == 0)
            return null;
        var previousEnd = lineStart - 1;
        var previousStart = LineStart(text, previousEnd);
        var previous = text[previousStart..previousEnd].TrimEnd(" \t\r"u8);
        if (previous.EndsWith("*/"u8))
        {
            var open = text[..(previousStart + previous.Length)].LastIndexOf("/*"u8);
            if (open < 0 || !OnlyBlanks(text[LineStart(text, open)..open]))
                return null;
            return Encoding.UTF8.GetString(text[open..(previousStart + previous.Length)]);
        }
        var first = previousStart;
        while (first < lineStart && IsLineComment(text, first))
        {
            if (first == 0)
                break;
            var before = LineStart(text, first - 1);
            if (!IsLineComment(text, before))
                break;
            first = before;
        }
        return IsLineComment(text, previousStart) ? Encoding.UTF8.GetString(text[first..previousEnd]) : null;
    }

    private static bool IsLineComment(ReadOnlySpan<byte> text, int lineStart) =>
        StartsWith(text, SkipBlanks(text, lineStart), "//"u8);

    private static int LineStart(ReadOnlySpan<byte> text, int offset)
    {
        var newline = text[..offset].LastIndexOf((byte)'\n');
        return newline + 1;
    }

    private static int SkipBlanks(ReadOnlySpan<byte> text, int i)
    {
        while (i < text.Length && text[i] is (byte)' ' or (byte)'\t')
            i++;
        return i;
    }

    private static bool OnlyBlanks(ReadOnlySpan<byte> text) => text.Trim(" \t"u8).IsEmpty;

    private static bool StartsWith(ReadOnlySpan<byte> text, int i, ReadOnlySpan<byte> prefix) =>
        i + prefix.Length <= text.Length && text.Slice(i, prefix.Length).SequenceEqual(prefix);
}
