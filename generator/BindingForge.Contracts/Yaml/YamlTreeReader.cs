using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BindingForge.Contracts.Yaml;

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet's parser events, keeping line and column for every node.
/// Rejects, with a diagnostic and without expanding anything: syntax errors, aliases (so alias bombs cost nothing),
/// nesting deeper than <see cref="MaxDepth"/>, more than <see cref="MaxNodes"/> nodes, non-scalar keys,
/// duplicate keys and more than one document.
/// </summary>
internal sealed partial class YamlTreeReader
{
    public const int MaxDepth = 64;
    public const int MaxNodes = 200_000;

    private readonly IParser _parser;
    private readonly string _text;
    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private int _nodes;

    private YamlTreeReader(string text, string path, DiagnosticBag diagnostics)
    {
        _parser = new Parser(new StringReader(text));
        _text = text;
        _path = path;
        _diagnostics = diagnostics;
    }

    /// <summary>The document's root node, or null after reporting why there is none.</summary>
    public static YamlNode? Read(string text, string path, DiagnosticBag diagnostics)
    {
        var reader = new YamlTreeReader(text, path, diagnostics);
        try
        {
            return reader.ReadStream();
        }
        catch (YamlException e)
        {
            // The scanner's End is where it stopped, which is where the text went wrong; some errors come with no
            // position at all (0,0: "found invalid tab as indentation"), placed where the text breaks YAML's rules.
            var at = e.End.Index > 0 || e.End.Line > 1 ? reader.At(e.End) : reader.FirstBrokenRule(text) ?? reader.At(e.End);
            diagnostics.Error(ContractDiagnosticIds.YamlSyntax, CleanMessage(e.Message), at);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // The parser reports malformed input through YamlException; anything else it throws on bad input
            // is still the input's fault, so it is reported, not rethrown, at the last place the parser reached.
            diagnostics.Error(ContractDiagnosticIds.YamlSyntax, $"the YAML parser rejected the file: {e.Message}", reader.LastReached());
            return null;
        }
    }

    private YamlNode? ReadStream()
    {
        Expect<StreamStart>();
        if (Peek() is StreamEnd)
            return ReportEmpty(new SourceLocation(_path, 1, 1));

        var start = Expect<DocumentStart>();
        var root = ReadNode(depth: 0);
        if (root is null)
            return null;
        Expect<DocumentEnd>();
        if (Peek() is DocumentStart next)
        {
            _diagnostics.Error(ContractDiagnosticIds.MultipleDocuments,
                "a contract is one YAML document; remove the second `---` document", At(next.Start));
            return null;
        }

        return root is YamlScalar { IsNull: true } ? ReportEmpty(At(start.Start)) : root;
    }

    private YamlNode? ReadNode(int depth)
    {
        var current = Peek();
        if (current is AnchorAlias alias)
            return Fail(ContractDiagnosticIds.AliasNotAllowed,
                $"YAML aliases (*{alias.Value}) are not allowed in contracts; write the value out", alias.Start);
        if (depth > MaxDepth)
            return Fail(ContractDiagnosticIds.TooLarge, $"the contract nests deeper than {MaxDepth} levels", current.Start);
        if (++_nodes > MaxNodes)
            return Fail(ContractDiagnosticIds.TooLarge, $"the contract has more than {MaxNodes} YAML nodes", current.Start);

        return current switch
        {
            Scalar scalar => ReadScalar(scalar),
            MappingStart => ReadMapping(depth),
            SequenceStart => ReadSequence(depth),
            _ => Fail(ContractDiagnosticIds.YamlSyntax, $"unexpected YAML event {current.GetType().Name}", current.Start),
        };
    }

    private YamlScalar ReadScalar(Scalar scalar)
    {
        _parser.MoveNext();
        return new YamlScalar(scalar.Value, scalar.Style is ScalarStyle.Plain, At(scalar.Start));
    }

    private YamlMapping? ReadMapping(int depth)
    {
        var start = Expect<MappingStart>();
        var entries = ImmutableArray.CreateBuilder<YamlEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (Peek() is not MappingEnd)
        {
            var keyNode = ReadNode(depth + 1);
            if (keyNode is null)
                return null;
            if (keyNode is not YamlScalar key)
            {
                _diagnostics.Error(ContractDiagnosticIds.WrongValueKind, $"mapping keys must be plain names, found {keyNode.KindName}", keyNode.Location);
                return null;
            }

            var value = ReadNode(depth + 1);
            if (value is null)
                return null;
            if (!seen.Add(key.Text))
            {
                _diagnostics.Error(ContractDiagnosticIds.DuplicateKey, $"duplicate key `{key.Text}`; the first one is kept", key.Location);
                continue;
            }

            entries.Add(new YamlEntry(key, value));
        }

        _parser.MoveNext();
        return new YamlMapping(entries.ToImmutable(), At(start.Start));
    }

    private YamlSequence? ReadSequence(int depth)
    {
        var start = Expect<SequenceStart>();
        var items = ImmutableArray.CreateBuilder<YamlNode>();
        while (Peek() is not SequenceEnd)
        {
            var item = ReadNode(depth + 1);
            if (item is null)
                return null;
            items.Add(item);
        }

        _parser.MoveNext();
        return new YamlSequence(items.ToImmutable(), At(start.Start));
    }

    /// <summary>The first tab in a line's indentation (YAML indents with spaces only), or null.</summary>
    private SourceLocation? FirstBrokenRule(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
                return new SourceLocation(_path, i + 1, tab + 1);
        }

        return null;
    }

    /// <summary>Where the last event the parser produced starts (the start of the file before the first).</summary>
    private SourceLocation LastReached() => _parser.Current is { } current ? At(current.Start) : new SourceLocation(_path, 1, 1);

    private ParsingEvent Peek()
    {
        if (_parser.Current is null)
            _parser.MoveNext();
        return _parser.Current ?? throw new YamlException("unexpected end of the YAML stream");
    }

    private T Expect<T>() where T : ParsingEvent
    {
        var current = Peek();
        if (current is not T typed)
            throw new YamlException(current.Start, current.End, $"expected {typeof(T).Name}, found {current.GetType().Name}");
        _parser.MoveNext();
        return typed;
    }

    private YamlNode? ReportEmpty(SourceLocation location)
    {
        _diagnostics.Error(ContractDiagnosticIds.Empty, "the contract is empty; it needs at least a `library:` section", location);
        return null;
    }

    private YamlNode? Fail(string id, string message, Mark mark)
    {
        _diagnostics.Error(id, message, At(mark));
        return null;
    }

    /// <summary>The mark as a location; a mark at or past the end of the text (the scanner adds a line break there)
    /// is placed just after the text's last character, so an error at the end names a line the file has.</summary>
    private SourceLocation At(Mark mark) => mark.Index >= _text.Length && _text.Length > 0
        ? End(_text)
        : new(_path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    /// <summary>Just after the last character, counting lines as YAML does (CR LF, CR, LF, NEL, U+2028, U+2029).</summary>
    private SourceLocation End(string text)
    {
        var (line, column) = (1, 1);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                continue;
            (line, column) = text[i] is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' ? (line + 1, 1) : (line, column + 1);
        }

        return new SourceLocation(_path, line, column);
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: 2, Col: 5, Idx: 12) - (...): "; the location is reported separately.</summary>
    private static string CleanMessage(string message) => MarkPrefix().Replace(message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
