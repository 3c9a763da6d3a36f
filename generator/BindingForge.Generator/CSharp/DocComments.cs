using System.Text;
using BindingForge.Model.Header;

namespace BindingForge.Generator.CSharp;

/// <summary>
/// XML doc comment lines from a header comment: the summary keeps its line breaks (dedented), <c>\param</c> and
/// <c>\return</c> become <c>&lt;param&gt;</c> and <c>&lt;returns&gt;</c>, everything is XML-escaped.
/// <code>
/// /// &lt;summary&gt;Compresses the source buffer into the destination buffer.&lt;/summary&gt;
/// /// &lt;param name="level"&gt;0 to 9.&lt;/param&gt;
/// </code>
/// </summary>
internal static class DocComments
{
    /// <summary>Lines for a declaration without parameters.</summary>
    public static IReadOnlyList<string> For(Documentation? doc, string? remark = null) =>
        For(doc, [], remark);

    /// <summary>Lines for a function: <paramref name="parameters"/> pairs C names with the C# names used.</summary>
    public static IReadOnlyList<string> For(Documentation? doc, IReadOnlyList<(string CName, string CSharpName)> parameters, string? remark = null)
    {
        var lines = new List<string>();
        if (doc is not null)
            AddBlock(lines, "summary", SummaryLines(doc.Summary));
        if (doc is not null)
        {
            // Once one parameter is documented, all are (empty when the header says nothing): C# warns otherwise.
            var anyDocumented = parameters.Any(p => doc.Params.ContainsKey(p.CName));
            foreach (var (cName, csharpName) in anyDocumented ? parameters : [])
            {
                var name = EscapeXml(CSharpNames.Unescaped(csharpName));
                var text = doc.Params.TryGetValue(cName, out var param) ? OneLine(param.Text) : "";
                lines.Add(text.Length > 0 ? $"/// <param name=\"{name}\">{text}</param>" : $"/// <param name=\"{name}\"/>");
            }

            if (doc.Returns is not null && OneLine(doc.Returns) is { Length: > 0 } returns)
                lines.Add($"/// <returns>{returns}</returns>");
        }

        if (remark is not null)
            lines.Add($"/// <remarks>{Escape(remark)}</remarks>");
        return lines;
    }

    private static void AddBlock(List<string> lines, string tag, IReadOnlyList<string> content)
    {
        if (content.Count == 0)
            return;
        if (content.Count == 1)
        {
            lines.Add($"/// <{tag}>{content[0]}</{tag}>");
            return;
        }

        lines.Add($"/// <{tag}>");
        lines.AddRange(content.Select(l => l.Length == 0 ? "///" : "/// " + l));
        lines.Add($"/// </{tag}>");
    }

    /// <summary>
    /// The summary's lines: escaped, dedented, blank runs collapsed, no blank lines at either end. The first line is
    /// dedented on its own, since it usually starts right after the comment opener while the rest are indented.
    /// </summary>
    private static List<string> SummaryLines(string text)
    {
        var raw = DocMarkup.Plain(Clean(text)).Split('\n').Select(l => l.TrimEnd()).ToList();
        var indent = raw.Skip(1).Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        var result = new List<string>();
        for (var i = 0; i < raw.Count; i++)
        {
            var content = i == 0 ? raw[i].TrimStart() : raw[i][Math.Min(indent, raw[i].Length)..];
            if (content.Length == 0 && (result.Count == 0 || result[^1].Length == 0))
                continue;
            result.Add(EscapeXml(content));
        }

        while (result.Count > 0 && result[^1].Length == 0)
            result.RemoveAt(result.Count - 1);
        return result;
    }

    private static string OneLine(string text) =>
        EscapeXml(string.Join(' ', DocMarkup.Plain(Clean(text)).Split((char[])['\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>
    /// Unix newlines, tabs as spaces, no other control or format characters. Header text is untrusted: C# ends a line
    /// at CR, LF, NEL, U+2028 and U+2029, so each of those ends the comment line here (text after it would otherwise
    /// become code), and format characters (Unicode Cf: the bidirectional overrides of "Trojan Source",
    /// CVE-2021-42574, zero-width characters, the invisible tags above U+FFFF) and lone surrogates are dropped so that
    /// the comment shows what the compiler reads.
    /// </summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var clean = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        for (var i = 0; i < clean.Length; i++)
        {
            // By code point, not by UTF-16 unit: format characters above U+FFFF (the tags U+E0001-U+E007F) are
            // surrogate pairs, and a lone surrogate is no text at all; both are dropped.
            var status = Rune.DecodeFromUtf16(clean.AsSpan(i), out var rune, out var length);
            i += length - 1;
            if (status != System.Buffers.OperationStatus.Done)
                continue;
            if (rune.Value is '\t' or '\r')
                builder.Append(' ');
            else if (rune.Value is '\n' or 0x85 or 0x2028 or 0x2029)
                builder.Append('\n');
            else if (!Rune.IsControl(rune) && Rune.GetUnicodeCategory(rune) != System.Globalization.UnicodeCategory.Format)
                builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Text from anywhere as one doc line: <see cref="Clean"/>ed (so it cannot end the comment line), line
    /// breaks as spaces, XML-escaped.</summary>
    public static string Escape(string text) => EscapeXml(Clean(text).Replace('\n', ' '));

    /// <summary>Escapes the three characters XML docs cannot hold as text, in text that is clean already.</summary>
    private static string EscapeXml(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}
