using System.Text.RegularExpressions;
using BindingForge.Contracts.Vocabulary;

namespace BindingForge.Contracts.Tests.Vocabulary;

/// <summary>
/// Reads docs/contract-format.md beside the vocabulary tables and lists every disagreement. A section documents a
/// table either as a Markdown key table (first cell: the key or keys in backquotes, second: the values) or as a
/// YAML example whose keys at one indentation are the table's. Rows shared by every entry (<c>status</c>,
/// <c>source</c>, <c>note</c>, <c>skip</c>, <c>name</c>) are documented once, under "Provenance and common keys".
/// </summary>
internal static partial class DocAgreement
{
    /// <summary>The rows of a key table in <paramref name="section"/>: key, values cell.</summary>
    public static Dictionary<string, string> KeyTableRows(string section)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            foreach (Match key in Quoted().Matches(cells[1]))
                rows[key.Groups[1].Value] = cells.Length > 2 ? cells[2].Trim() : string.Empty;
        }

        return rows;
    }

    /// <summary>Checks a section's key table against <paramref name="table"/>: the same keys, and the values cell of flags and enums.</summary>
    public static IEnumerable<string> CheckKeyTable(string heading, string section, KeyTable table)
    {
        var rows = KeyTableRows(section);
        foreach (var row in table.Rows.Where(r => !rows.ContainsKey(r.Key) && !IsShared(r, table)))
            yield return $"{heading}: no line for `{row.Key}`; add: | `{row.Key}` | {Values(row.Value)} | {row.Doc} |";
        foreach (var key in rows.Keys.Where(k => !table.Contains(k)))
            yield return $"{heading}: `{key}` is documented but is no row of {table.What}";
        foreach (var row in table.Rows.Where(r => rows.ContainsKey(r.Key) && rows[r.Key].Length > 0))
        {
            var flagOrEnum = row.Value is FlagShape or EnumShape;
            if ((flagOrEnum && rows[row.Key] != Values(row.Value)) || (!flagOrEnum && rows[row.Key] == Values(ValueShape.Flag)))
                yield return $"{heading}: `{row.Key}` values say `{rows[row.Key]}`, the row {Values(row.Value)}";
        }
    }

    /// <summary>Checks the YAML examples of a section: keys at <paramref name="indent"/> are rows, and every row (but the shared ones) is shown or named.</summary>
    public static IEnumerable<string> CheckExample(string heading, string section, int indent, KeyTable table)
    {
        var shown = ExampleKeys(section, indent).ToHashSet(StringComparer.Ordinal);
        foreach (var key in shown.Where(k => !table.Contains(k)))
            yield return $"{heading}: the example shows `{key}:`, which is no row of {table.What}";
        foreach (var row in table.Rows.Where(r => !IsShared(r, table) && !shown.Contains(r.Key) && !Mentions(section, r.Key)))
            yield return $"{heading}: `{row.Key}` of {table.What} is neither in the example nor named; add: {new string(' ', indent)}{row.Key}: ... # {row.Doc}";
        foreach (var problem in ExampleChoices(heading, section, indent, table))
            yield return problem;
    }

    /// <summary>
    /// An example line of an enumerated key whose comment lists the choices (<c>threading: exclusive  # free-threaded |
    /// exclusive (default) | thread-affine</c>) lists the row's spellings, and marks its default.
    /// </summary>
    private static IEnumerable<string> ExampleChoices(string heading, string section, int indent, KeyTable table)
    {
        foreach (var line in section.Split('\n'))
        {
            if (BlockKey().Match(line) is not { Success: true } match || match.Groups[1].Length != indent
                || table.Find(match.Groups[2].Value) is not { Value: EnumShape shape } row || !line.Contains('|', StringComparison.Ordinal))
                continue;
            var comment = line[(line.IndexOf('#', StringComparison.Ordinal) + 1)..];
            var choices = comment[(comment.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('|').Select(c => c.Trim()).ToList();
            var spelled = choices.Select(c => c.Replace(" (default)", string.Empty, StringComparison.Ordinal)).ToList();
            var marked = choices.Where(c => c.EndsWith(" (default)", StringComparison.Ordinal)).Select(c => c[..^" (default)".Length]).SingleOrDefault();
            if (!spelled.SequenceEqual(shape.Spellings) || marked != row.Default)
                yield return $"{heading}: the example's choices for `{row.Key}` are `{string.Join(" | ", choices)}`; the row: {string.Join(" | ", shape.Spellings.Select(s => s == row.Default ? s + " (default)" : s))}";
        }
    }

    /// <summary>Checks that every row of a nested fact table is named in the section of the facts it belongs to.</summary>
    public static IEnumerable<string> CheckNamed(string heading, string section, KeyTable table) =>
        table.Rows.Where(r => !IsShared(r, table) && !Mentions(section, r.Key)).Select(r => $"{heading}: `{r.Key}` of {table.What} is not named");

    /// <summary>Checks that the section says what each row's absence means: a sentence naming the key and its default, both in backquotes.</summary>
    public static IEnumerable<string> CheckDefaults(string heading, string section, IEnumerable<KeyRow> rows)
    {
        var sentences = section.Replace("\n\n", ". ", StringComparison.Ordinal).Replace('\n', ' ').Split(". ");
        foreach (var row in rows.Where(r => r.Default is not null).DistinctBy(r => (r.Key, r.Default)))
        {
            if (!sentences.Any(s => s.Contains($"`{row.Key}`", StringComparison.Ordinal) && s.Contains($"`{row.Default}`", StringComparison.Ordinal)))
                yield return $"{heading}: no sentence says `{row.Key}` defaults to `{row.Default}`";
        }
    }

    /// <summary>The text of the section under the heading <paramref name="heading"/>, up to the next heading of its level.</summary>
    public static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/contract-format.md has no heading `{heading}`");
        var level = heading[..(heading.IndexOf(' ', StringComparison.Ordinal) + 1)];
        var end = markdown.IndexOf("\n" + level, start + heading.Length + 1, StringComparison.Ordinal);
        return markdown[start..(end < 0 ? markdown.Length : end)];
    }

    /// <summary>How the docs' tables spell a shape's values (compared for flags and enums, suggested for the rest).</summary>
    public static string Values(ValueShape shape) => shape switch
    {
        FlagShape => "bool",
        EnumShape e => string.Join(", ", e.Spellings.Select(s => $"`{s}`")),
        IntegerShape => "integer",
        SymbolShape { Kind: SymbolKind.Function } => "function",
        SymbolShape { Kind: SymbolKind.Parameter } => "parameter",
        SymbolShape { Kind: SymbolKind.CType } => "C type",
        SymbolShape { Kind: SymbolKind.CSharpIdentifier } => "C# identifier",
        SymbolShape => "name",
        ListShape l => "list of " + Values(l.Item),
        MappingShape m => $"`{{ {string.Join(", ", m.Table.Keys)} }}`",
        EntriesShape => "mapping of name to facts",
        OneOfShape o => string.Join(" or ", o.Choices.Select(Values)),
        _ => "text",
    };

    /// <summary>A row every entry shares, documented once under "Provenance and common keys" (unless that is the table checked).</summary>
    private static bool IsShared(KeyRow row, KeyTable table) =>
        MetaKeys.EntryMeta.Any(m => m.Key == row.Key) && !table.Rows.SequenceEqual(MetaKeys.EntryMeta);

    private static bool Mentions(string section, string key) =>
        section.Contains($"`{key}`", StringComparison.Ordinal) || Regex.IsMatch(section, $@"[\s{{,`]{Regex.Escape(key)}:");

    /// <summary>Keys of block mappings at <paramref name="indent"/> in the section's fenced YAML.</summary>
    private static IEnumerable<string> ExampleKeys(string section, int indent)
    {
        var inYaml = false;
        foreach (var line in section.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inYaml = line == "```yaml";
                continue;
            }

            if (!inYaml || BlockKey().Match(line) is not { Success: true } match || match.Groups[1].Length != indent)
                continue;
            yield return match.Groups[2].Value;
        }
    }

    [GeneratedRegex("`([a-z_]+)`")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^( *)([a-z_]+):")]
    private static partial Regex BlockKey();
}
