using System.Text.RegularExpressions;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Turns a raw comment into <see cref="Documentation"/>. Doxygen commands at the start of a line are understood:
/// <c>\brief</c>/<c>\short</c> (prose), <c>\param[in|out|in,out] name text</c>, <c>\return</c>/<c>\returns</c>/
/// <c>\result</c>, each also spelled with <c>@</c>. A param or return section runs to a blank line or the next
/// command. Other commands stay in the summary as written. A comment without commands is all summary.
/// </summary>
internal static partial class DocCommentParser
{
    public static Documentation? Parse(string raw)
    {
        var text = CommentText.Strip(raw);
        if (text.Length == 0)
            return null;
        var parser = new State();
        foreach (var line in text.Split('\n'))
            parser.Add(line);
        parser.Flush();
        if (!parser.SawSection)
            return new Documentation(text);
        return new Documentation(text)
        {
            Summary = parser.Summary(),
            Params = parser.Params,
            Returns = parser.Returns,
        };
    }

    private static ParamDirection Direction(string? written) =>
        written?.Replace(" ", string.Empty).ToLowerInvariant() switch
        {
            "in" => ParamDirection.In,
            "out" => ParamDirection.Out,
            "in,out" or "out,in" or "inout" => ParamDirection.InOut,
            _ => ParamDirection.Unspecified,
        };

    [GeneratedRegex(@"^[\\@](\w+)(?:\[([^\]]*)\])?\s*(.*)$")]
    private static partial Regex Command();

    /// <summary>The section being read: prose, a parameter, or the return value.</summary>
    private sealed class State
    {
        private readonly List<string> _summary = [];
        private readonly List<string> _section = [];
        private string? _param;
        private ParamDirection _direction;
        private bool _inReturns;

        public Dictionary<string, ParamDoc> Params { get; } = new(StringComparer.Ordinal);

        public string? Returns { get; private set; }

        public bool SawSection { get; private set; }

        public void Add(string line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 1 && trimmed[0] is '\\' or '@' && Command().Match(trimmed) is { Success: true } match && StartCommand(match))
                return;
            if (trimmed.Length == 0)
            {
                Flush();
                _summary.Add(string.Empty);
            }
            else if (_param is not null || _inReturns)
            {
                _section.Add(trimmed);
            }
            else
            {
                _summary.Add(line);
            }
        }

        public void Flush()
        {
            var text = string.Join(" ", _section).Trim();
            if (_param is not null)
                Params.TryAdd(_param, new ParamDoc(text, _direction));
            else if (_inReturns)
                Returns = Returns is null ? text : $"{Returns} {text}";
            _section.Clear();
            _param = null;
            _inReturns = false;
        }

        public string Summary()
        {
            var text = string.Join("\n", _summary).Trim();
            return MultipleBlankLines().Replace(text, "\n\n");
        }

        private bool StartCommand(Match match)
        {
            var rest = match.Groups[3].Value;
            switch (match.Groups[1].Value.ToLowerInvariant())
            {
                case "brief" or "short":
                    Flush();
                    SawSection = true;
                    if (rest.Length > 0)
                        _summary.Add(rest);
                    return true;
                case "param":
                    Flush();
                    SawSection = true;
                    var parts = rest.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
                    _param = parts.Length > 0 ? parts[0] : string.Empty;
                    _direction = Direction(match.Groups[2].Success ? match.Groups[2].Value : null);
                    if (parts.Length > 1)
                        _section.Add(parts[1]);
                    return true;
                case "return" or "returns" or "result":
                    Flush();
                    SawSection = true;
                    _inReturns = true;
                    if (rest.Length > 0)
                        _section.Add(rest);
                    return true;
                default:
                    Flush();
                    return false;
            }
        }
    }

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex MultipleBlankLines();
}
