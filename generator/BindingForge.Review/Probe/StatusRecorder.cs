using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BindingForge.Contracts;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Probe;

/// <summary>
/// <c>probe --record</c>: writes <c>status: verified</c> into the mapping that states each confirmed fact, editing the
/// contract's text so its comments and layout stay: in a flow mapping (<c>ppDb: { out: owned }</c> becomes
/// <c>ppDb: { out: owned, status: verified }</c>) or a block mapping (a <c>status:</c> line among the fact's siblings,
/// replaced or added). The status then covers that whole mapping, as every status does.
/// </summary>
public static partial class StatusRecorder
{
    private static readonly string Verified = $"{MetaKeys.Status.Key}: {Spellings.Status.TextOf(FactStatus.Verified)}";

    /// <summary>The contract's new text, and a diagnostic for each confirmed fact whose mapping could not be found.</summary>
    public static string Record(string text, IEnumerable<ProbeVerdict> verdicts, List<Diagnostic> diagnostics)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline).ToList();
        var locations = verdicts.Where(v => v.Outcome == ProbeOutcome.Confirmed).Select(v => v.Fact.Location)
            .Distinct().OrderByDescending(l => l.Line).ThenByDescending(l => l.Column).ToImmutableArray();
        foreach (var location in locations)
        {
            if (location.Line < 1 || location.Line > lines.Count || !(InFlow(lines, location) || InBlock(lines, location)))
                diagnostics.Add(new Diagnostic(ContractDiagnosticIds.ProbeNotRecorded, DiagnosticSeverity.Warning, $"found no mapping to write `{Verified}` into", location));
        }

        return string.Join(newline, lines);
    }

    /// <summary>The innermost <c>{ ... }</c> on the fact's line around its column.</summary>
    private static bool InFlow(List<string> lines, SourceLocation location)
    {
        var line = lines[location.Line - 1];
        var column = Math.Clamp(location.Column - 1, 0, line.Length);
        var open = -1;
        for (int i = column - 1, depth = 0; i >= 0 && open < 0; i--)
        {
            depth += line[i] == '}' ? 1 : line[i] == '{' ? -1 : 0;
            if (depth < 0)
                open = i;
        }

        var close = -1;
        for (int i = column, depth = 0; open >= 0 && i < line.Length && close < 0; i++)
        {
            depth += line[i] == '{' ? 1 : line[i] == '}' ? -1 : 0;
            if (depth < 0)
                close = i;
        }

        if (close < 0)
            return false;
        var inner = line[(open + 1)..close];
        var replaced = StatusValue().Replace(inner, Verified, 1);
        var edited = replaced != inner || StatusValue().IsMatch(inner) ? replaced : inner.TrimEnd() + ", " + Verified + " ";
        lines[location.Line - 1] = line[..(open + 1)] + edited + line[close..];
        return true;
    }

    /// <summary>The block mapping the fact's key belongs to, or, for a key that opens a nested block, that block.</summary>
    private static bool InBlock(List<string> lines, SourceLocation location)
    {
        var at = location.Line - 1;
        var indent = Indent(lines[at]);
        if (lines[at].TrimEnd().EndsWith(':'))
        {
            var child = Enumerable.Range(at + 1, lines.Count - at - 1).FirstOrDefault(i => !IsBlank(lines[i]), -1);
            if (child < 0 || Indent(lines[child]) <= indent)
                return false;
            at = child;
            indent = Indent(lines[child]);
        }

        var first = at;
        while (first > 0 && (IsBlank(lines[first - 1]) || Indent(lines[first - 1]) > indent || (Indent(lines[first - 1]) == indent && !IsSequenceItem(lines[first - 1]))))
            first--;
        var last = at;
        while (last + 1 < lines.Count && (IsBlank(lines[last + 1]) || Indent(lines[last + 1]) > indent || (Indent(lines[last + 1]) == indent && !IsSequenceItem(lines[last + 1]))))
            last++;
        for (var i = first; i <= last; i++)
        {
            if (Indent(lines[i]) == indent && lines[i].TrimStart().StartsWith(MetaKeys.Status.Key + ":", StringComparison.Ordinal))
            {
                lines[i] = new string(' ', indent) + Verified;
                return true;
            }
        }

        while (last > at && IsBlank(lines[last]))
            last--;
        lines.Insert(last + 1, new string(' ', indent) + Verified);
        return true;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static bool IsBlank(string line) => line.TrimStart().Length == 0 || line.TrimStart().StartsWith('#');

    private static bool IsSequenceItem(string line) => line.TrimStart().StartsWith("- ", StringComparison.Ordinal);

    [GeneratedRegex(@"\bstatus:\s*[A-Za-z_-]+")]
    private static partial Regex StatusValue();
}
