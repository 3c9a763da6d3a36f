namespace BindingForge.Contracts.Vocabulary;

/// <summary>
/// The contract format's vocabulary as data: one <see cref="KeyTable"/> per kind of mapping, each row a key with its
/// value shape, default, diff wording and doc line. Capture reads keys through these rows; the JSON Schema and
/// docs/contract-format.md are checked against them (VocabularyTests), which print the schema property and the doc
/// line a new row needs.
/// </summary>
/// <remarks>
/// Adding a fact: its row in the table of its entry kind; the reader line and the syntax record's property that
/// hold it (<c>Consumed = context.Bool(mapping, ParamKeys.Consumed)</c>); the schema property and doc line the tests
/// print; its interpretation in the binder and the emitters; and, where it changes the safe API, a
/// <c>log.Compare(..., ParamKeys.Consumed.Diff!, ...)</c> line in Diff. Adding an entry kind (<c>globals:</c>): a new
/// <c>XxxKeys</c> table, a row in <see cref="DocumentKeys"/>, a reader, and its place in the tests' CapturePlacement
/// and DocPlace.
/// </remarks>
public static class ContractVocabulary
{
    /// <summary>The root table; every other table is reached from it through <see cref="MappingShape"/>s and <see cref="EntriesShape"/>s.</summary>
    public static KeyTable Root => DocumentKeys.Table;

    /// <summary>Every table, the root first, each once, in the order a walk from the root reaches them.</summary>
    public static IReadOnlyList<KeyTable> Tables { get; } = Walk();

    /// <summary>The tables a shape holds (the entry of <c>params:</c>, the mapping of <c>callback:</c>).</summary>
    public static IEnumerable<KeyTable> TablesOf(ValueShape shape) => shape switch
    {
        MappingShape m => [m.Table],
        EntriesShape e => [e.Entry],
        ListShape l => TablesOf(l.Item),
        OneOfShape o => o.Choices.SelectMany(TablesOf),
        _ => [],
    };

    private static List<KeyTable> Walk()
    {
        var seen = new List<KeyTable>();
        var queue = new Queue<KeyTable>([Root]);
        while (queue.TryDequeue(out var table))
        {
            if (seen.Contains(table))
                continue;
            seen.Add(table);
            foreach (var inner in table.Rows.SelectMany(r => TablesOf(r.Value)))
                queue.Enqueue(inner);
        }

        return seen;
    }
}
