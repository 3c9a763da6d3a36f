using System.Text;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Strips comment markers from a raw comment: <c>/** */</c>, <c>/*! */</c>, <c>/* */</c>, <c>///</c>,
/// <c>//!</c>, <c>//</c>, trailing-member forms with <c>&lt;</c>, and the leading <c>*</c> or <c>**</c>
/// decoration of block lines (sqlite3 writes <c>** text</c>). Banner lines made only of decoration vanish.
/// The result keeps line breaks, with common indentation and surrounding blank lines removed.
/// Lines are kept as ranges of the raw text until the end: sqlite3.h alone has 370 KB of comments.
/// </summary>
internal static class CommentText
{
    public static string Strip(string raw)
    {
        var lines = new List<Line>();
        var i = 0;
        while (true)
        {
            while (i < raw.Length && char.IsWhiteSpace(raw[i]))
                i++;
            if (i >= raw.Length)
                break;
            if (raw.AsSpan(i).StartsWith("/*"))
            {
                var close = raw.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var end = close < 0 ? raw.Length : close + 2;
                AddBlock(raw, i, end, lines);
                i = end;
            }
            else
            {
                var eol = raw.IndexOf('\n', i);
                var end = eol < 0 ? raw.Length : eol;
                lines.Add(LineComment(raw, i, end));
                i = end;
            }
        }
        return Join(raw, lines);
    }

    /// <summary>clang merges adjacent comments into one raw text; each block is split into its lines here.</summary>
    private static void AddBlock(string raw, int start, int end, List<Line> lines)
    {
        var bodyEnd = raw.AsSpan(start, end - start).EndsWith("*/") ? end - 2 : end;
        var position = start + 2;
        while (position < bodyEnd && raw[position] is '*' or '!')
            position++;
        if (position < bodyEnd && raw[position] == '<')
            position++;
        var first = true;
        while (true)
        {
            var newline = raw.IndexOf('\n', position, bodyEnd - position);
            var lineEnd = newline < 0 ? bodyEnd : newline;
            lines.Add(BlockLine(raw, position, lineEnd, first));
            if (newline < 0)
                break;
            first = false;
            position = newline + 1;
        }
    }

    /// <summary>One line of a block: the marker line is trimmed, later lines lose a leading <c>*</c> run and one space.</summary>
    private static Line BlockLine(string raw, int start, int end, bool first)
    {
        var text = start;
        while (text < end && raw[text] is ' ' or '\t')
            text++;
        if (!first && text < end && raw[text] == '*')
        {
            while (text < end && raw[text] == '*')
                text++;
            if (text < end && raw[text] == ' ')
                text++;
        }
        else if (!first)
        {
            text = start;
        }
        while (end > text && char.IsWhiteSpace(raw[end - 1]))
            end--;
        return IsBanner(raw.AsSpan(text, end - text)) ? new Line(text, 0, !first) : new Line(text, end - text, !first);
    }

    /// <summary>A line of only <c>*</c>, <c>=</c>, <c>-</c> or <c>/</c> (three or more): decoration, not text.</summary>
    private static bool IsBanner(ReadOnlySpan<char> line) =>
        line.Length > 2 && line.Trim().TrimStart("*=-/").IsEmpty;

    private static Line LineComment(string raw, int start, int end)
    {
        while (start < end && raw[start] == '/')
            start++;
        if (start < end && raw[start] == '!')
            start++;
        if (start < end && raw[start] == '<')
            start++;
        if (start < end && raw[start] == ' ')
            start++;
        while (end > start && char.IsWhiteSpace(raw[end - 1]))
            end--;
        return new Line(start, end - start, Measured: true);
    }

    /// <summary>
    /// Joins the lines without the indentation they share. A block's first line is left out of that measure:
    /// its indentation was lost to the comment marker before it (<c>/* text</c>), so it was simply trimmed.
    /// </summary>
    private static string Join(string raw, List<Line> lines)
    {
        var first = lines.FindIndex(l => l.Length > 0);
        if (first < 0)
            return string.Empty;
        var last = lines.FindLastIndex(l => l.Length > 0);
        var indent = int.MaxValue;
        for (var i = first; i <= last; i++)
        {
            if (lines[i].Measured && lines[i].Length > 0)
                indent = Math.Min(indent, Indentation(raw, lines[i]));
        }
        var text = new StringBuilder(lines.Sum(l => l.Length + 1));
        for (var i = first; i <= last; i++)
        {
            if (i > first)
                text.Append('\n');
            var skip = i == first ? Indentation(raw, lines[i]) : Math.Min(indent, Indentation(raw, lines[i]));
            text.Append(raw, lines[i].Start + skip, lines[i].Length - skip);
        }
        return text.ToString();
    }

    private static int Indentation(string raw, Line line)
    {
        var count = 0;
        while (count < line.Length && raw[line.Start + count] is ' ' or '\t')
            count++;
        return count;
    }

    /// <summary>A line as a range of the raw text; <see cref="Measured"/> is false when its indentation was already lost.</summary>
    private readonly record struct Line(int Start, int Length, bool Measured);
}
