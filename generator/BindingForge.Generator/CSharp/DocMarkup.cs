using System.Text.RegularExpressions;

namespace BindingForge.Generator.CSharp;

/// <summary>
/// Header comments written in a documentation dialect, rewritten as plain text before they become XML docs:
/// <list type="bullet">
/// <item>HTML that many C libraries write in comments (<c>&lt;b&gt;</c>, <c>&lt;pre&gt;</c>, <c>&lt;li&gt;</c>, ...)
/// loses its tags, and the entities <c>&amp;nbsp;</c>, <c>&amp;#91;</c>, <c>&amp;#93;</c> become their characters;</item>
/// <item>sqlite's dialect (a comment that has a <c>CAPI3REF:</c> line): the title line becomes the first sentence,
/// <c>METHOD:</c>/<c>CONSTRUCTOR:</c>/<c>DESTRUCTOR:</c>/<c>KEYWORDS:</c> lines go, the requirement marks
/// <c>^</c>, <c>^(</c> and <c>)^</c> go, anchors <c>[[name]]</c> go, and links <c>[sqlite3_open | open]</c>, <c>[sqlite3_close()]</c> keep their
/// text.</item>
/// </list>
/// Only markup is removed; the words stay. Text is untrusted and stays text: the result is escaped like any comment.
/// </summary>
internal static partial class DocMarkup
{
    public static string Plain(string text)
    {
        var plain = Entities(HtmlTag().Replace(text, ""));
        return plain.Contains("CAPI3REF:", StringComparison.Ordinal) ? Sqlite(plain) : plain;
    }

    private static string Entities(string text) => text
        .Replace("&nbsp;", " ", StringComparison.Ordinal)
        .Replace("&#91;", "[", StringComparison.Ordinal)
        .Replace("&#93;", "]", StringComparison.Ordinal);

    private static string Sqlite(string text)
    {
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("CAPI3REF:", StringComparison.Ordinal))
            {
                var title = trimmed["CAPI3REF:".Length..].Trim();
                if (title.Length > 0)
                    lines.Add(title.EndsWith('.') ? title : title + ".");
                continue;
            }

            if (SqliteTag().IsMatch(trimmed))
                continue;
            var unmarked = Marks().Replace(Anchor().Replace(line, ""), "");
            lines.Add(Link().Replace(unmarked, m => m.Groups["text"].Success ? m.Groups["text"].Value.Trim() : m.Groups["target"].Value));
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"</?(b|i|em|strong|code|tt|pre|blockquote|ul|ol|li|dl|dt|dd|p|br|table|tr|td|th|h[1-6])\b[^<>]{0,200}>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^(METHOD|CONSTRUCTOR|DESTRUCTOR|KEYWORDS):")]
    private static partial Regex SqliteTag();

    /// <summary><c>^(</c>, <c>)^</c>, a <c>^</c> right before a word, a link or a <c>*</c>, and one that starts a line
    /// (never an operator between two values: <c>a ^ b</c> stays).</summary>
    [GeneratedRegex(@"\^\(|\)\^|(?<![\w)\]])\^(?=[\w\[(*])|(?<=^\s*)\^(?=\s)")]
    private static partial Regex Marks();

    /// <summary>An anchor: <c>[[sqlite3_backup_init()]]</c>, a link target, not text.</summary>
    [GeneratedRegex(@"\[\[[^\[\]\n]{1,80}\]\]\s?")]
    private static partial Regex Anchor();

    /// <summary>A link: <c>[target]</c> or <c>[target | text]</c>, not after a word (so <c>a[i]</c> is no link).</summary>
    [GeneratedRegex(@"(?<![\w\]])\[(?<target>[A-Za-z_][^\[\]|\n]{0,80}?)(\s*\|\s*(?<text>[^\[\]\n]{1,120}))?\]")]
    private static partial Regex Link();
}
