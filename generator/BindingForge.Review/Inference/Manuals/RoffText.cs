using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace BindingForge.Review.Inference.Manuals;

/// <summary>
/// Turns a man(7) page's roff source into plain sections: requests and macros dropped or reduced to their text
/// (<c>.BR cap_free (3)</c> is <c>cap_free(3)</c>), font and character escapes removed, paragraph macros made blank
/// lines. Pages in mdoc(7), the BSD macros (<c>.Sh</c>, <c>.Fn acl_free</c>, <c>.Xr acl 5</c>, <c>.Rv -std</c>), are
/// read the same way. Only what a sentence needs survives; no roff is interpreted beyond that.
/// </summary>
internal static partial class RoffText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "NAME", "SYNOPSIS", "SEE ALSO", "EXAMPLE", "EXAMPLES", "AUTHOR", "AUTHORS", "COPYRIGHT", "REPORTING BUGS",
        "COLOPHON", "HISTORY", "CONFORMING TO", "STANDARDS", "AVAILABILITY", "REVISION", "FILES", "ENVIRONMENT",
    };

    private static readonly HashSet<string> Breaks = new(StringComparer.Ordinal)
    {
        "PP", "P", "LP", "sp", "br", "TP", "TQ", "IP", "HP", "RS", "RE", "nf", "fi", "EX", "EE", "in", "ti", "bp",
        "Pp", "Lp", "Bl", "El", "It",
    };

    /// <summary>mdoc macros whose arguments are words of the sentence (<c>.Va entry_d</c>, <c>.Li (void *)NULL</c>).</summary>
    private static readonly HashSet<string> MdocWords = new(StringComparer.Ordinal)
    {
        "Va", "Fa", "Li", "Dv", "Vt", "Ft", "Er", "Em", "Sy", "Ar", "Cm", "Ql", "Dq", "Sq", "Pa", "Nm", "Ev", "Tn", "Ic", "Ms", "Ux", "St", "Bx", "At",
    };

    private static readonly HashSet<string> TextMacros = new(StringComparer.Ordinal)
    {
        "B", "I", "SM", "SB", "BR", "RB", "IR", "RI", "BI", "IB",
    };

    /// <summary>Macros that alternate fonts between their arguments, written without spaces between them.</summary>
    private static readonly HashSet<string> Alternating = new(StringComparer.Ordinal) { "BR", "RB", "IR", "RI", "BI", "IB" };

    /// <summary>The <c>.so</c> target of a page that only points at another (<c>.so man3/cap_init.3</c>), or null.</summary>
    public static string? Redirect(string source) =>
        SoLine().Match(source) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    /// <summary>The NAME section's names and every section's plain text, the skipped ones (<see cref="Skipped"/>) left out of the text.</summary>
    public static (ImmutableArray<string> Names, ImmutableArray<(string Name, string Text)> Sections) Parse(string source)
    {
        var sections = new List<(string Name, StringBuilder Text)>();
        var current = new StringBuilder();
        var name = "";
        var inExample = false;
        foreach (var raw in source.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.StartsWith(".\\\"", StringComparison.Ordinal) || raw.StartsWith("'\\\"", StringComparison.Ordinal) || raw.StartsWith("\\\"", StringComparison.Ordinal))
                continue;
            if (raw.Length > 0 && (raw[0] == '.' || raw[0] == '\''))
            {
                var (macro, args) = Request(raw);
                if (macro is "SH" or "Sh")
                {
                    sections.Add((name, current));
                    (name, current, inExample) = (Inline(string.Join(' ', args)).ToUpperInvariant(), new StringBuilder(), false);
                }
                else if (macro is "EX" or "Bd")
                {
                    inExample = true;
                }
                else if (macro is "EE" or "Ed")
                {
                    inExample = false;
                }
                else if (macro is "SS" or "Ss" or "TH" or "Dd" or "Dt" or "Os")
                {
                    current.Append("\n\n");
                }
                else if (TextMacros.Contains(macro) && !inExample)
                {
                    current.Append(Inline(string.Join(Alternating.Contains(macro) ? "" : " ", args))).Append(' ');
                }
                else if (!inExample && Mdoc(macro, args) is { } words)
                {
                    current.Append(Inline(words)).Append(' ');
                }
                else if (Breaks.Contains(macro))
                {
                    current.Append("\n\n");
                }

                continue;
            }

            if (!inExample)
                current.Append(Inline(raw)).Append(raw.Length == 0 ? "\n\n" : " ");
        }

        sections.Add((name, current));
        var nameSection = sections.FirstOrDefault(s => s.Name == "NAME").Text;
        ImmutableArray<string> names = nameSection is null ? [] : Names(nameSection.ToString());
        var kept = sections.Where(s => s.Name.Length > 0 && !Skipped.Contains(s.Name)).Select(s => (s.Name, Text: Tidy(s.Text.ToString()))).Where(s => s.Text.Length > 0);
        return (names, [.. kept]);
    }

    /// <summary>
    /// The words of an mdoc request: <c>.Fn acl_free ,</c> is <c>acl_free(),</c>; <c>.Xr acl 5</c> is <c>acl(5)</c>;
    /// <c>.Rv -std f</c> the standard return sentence; <c>.Nd text</c> the NAME section's dash. Null for others.
    /// </summary>
    private static string? Mdoc(string macro, List<string> args)
    {
        var words = args.Where(a => !IsPunctuation(a)).ToList();
        var tail = string.Concat(args.Where(IsPunctuation));
        return macro switch
        {
            "Fn" or "Fo" when words.Count > 0 => words[0] + "()" + tail,
            "Xr" when words.Count > 1 => $"{words[0]}({words[1]}){tail}",
            "Rv" when words.Count > 1 => string.Join(" and ", words.Skip(1).Select(f => f + "()")) + " returns the value 0 if successful; otherwise the value -1 is returned.",
            "Nd" => "- " + string.Join(' ', args),
            _ when MdocWords.Contains(macro) => string.Join(' ', words) + tail,
            _ => null,
        };
    }

    private static bool IsPunctuation(string arg) => arg.Length == 1 && ".,;:()[]?!".Contains(arg[0], StringComparison.Ordinal);

    /// <summary>"cap_init, cap_free, cap_dup - capability data object storage management": the names before the dash.</summary>
    private static ImmutableArray<string> Names(string text)
    {
        var dash = NameDash().Match(text);
        var list = dash.Success ? text[..dash.Index] : text;
        return [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(n => Identifier().IsMatch(n))];
    }

    private static (string Macro, List<string> Args) Request(string line)
    {
        var body = line[1..].TrimStart();
        var space = body.IndexOfAny([' ', '\t']);
        var macro = space < 0 ? body : body[..space];
        var args = new List<string>();
        if (space >= 0)
        {
            foreach (Match m in Argument().Matches(body[space..]))
                args.Add(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        }

        return (macro, args);
    }

    /// <summary>Font changes, special characters and other escapes of one line removed or replaced by plain characters.</summary>
    public static string Inline(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
            return text;
        return Escape().Replace(text, m => m.Value switch
        {
            @"\-" or @"\(en" or @"\(em" or @"\(hy" or @"\[en]" or @"\[em]" => "-",
            @"\(aq" or @"\(oq" or @"\(cq" or @"\[aq]" => "'",
            @"\(dq" or @"\(lq" or @"\(rq" or @"\[dq]" => "\"",
            @"\e" or @"\\" or @"\(rs" => "\\",
            @"\ " or @"\~" => " ",
            @"\(bu" => "*",
            @"\." => ".",
            _ => "",
        });
    }

    private static string Tidy(string text)
    {
        var paragraphs = BlankLines().Split(text).Select(p => Spaces().Replace(p, " ").Trim()).Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    [GeneratedRegex(@"^\.so\s+(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex SoLine();

    [GeneratedRegex(@"\s+(?:""((?:[^""]|"""")*)""|(\S+))")]
    private static partial Regex Argument();

    [GeneratedRegex(@"\\f(\(..|\[[^\]]*\]|.)|\\s[+-]?\d|\\\*(\(..|\[[^\]]*\]|.)|\\\((..)|\\\[[^\]]*\]|\\[-e\\ ~&c|^.]|\\.")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\s-+\s")]
    private static partial Regex NameDash();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
