using BindingForge.Contracts;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Surface;

/// <summary>
/// Reads an API record's text into items, each with its line. Blank lines and <c>#</c> comments are skipped; a line
/// whose kind this build does not know is a BF2503 warning at that line and is left out. Never throws.
/// </summary>
public static class ApiRecordReader
{
    public static (ApiRecord Record, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string path)
    {
        var items = new List<ApiLine>();
        var diagnostics = new List<Diagnostic>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (Parse(line) is { } item)
                items.Add(item with { Line = i + 1 });
            else
                diagnostics.Add(new Diagnostic(ContractDiagnosticIds.ApiRecordUnreadable, DiagnosticSeverity.Warning,
                    "this line of the API record is not an item (kind, name, details); it is ignored: rewrite the record with `--update-api`",
                    new SourceLocation(path, i + 1, 1)));
        }

        return (new ApiRecord([.. items]), diagnostics);
    }

    /// <summary>One item, or null: <c>{kind} {key}{body}</c>, the key ending at a space or (for functions) a parenthesis.</summary>
    public static ApiLine? Parse(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !ApiKinds.All.Contains(line[..space]))
            return null;
        var kind = line[..space];
        var rest = line[(space + 1)..];
        var end = rest.IndexOfAny(kind == ApiKinds.Function ? [' ', '('] : [' ']);
        var key = end < 0 ? rest : rest[..end];
        return key.Length == 0 ? null : new ApiLine(kind, key, end < 0 ? string.Empty : rest[end..]);
    }
}
