namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys a mapping of one kind may hold, in the order the format documents them.</summary>
public sealed class KeyTable
{
    private readonly Dictionary<string, KeyRow> _rows;

    public KeyTable(string what, params KeyRow[] rows)
    {
        What = what;
        Rows = rows;
        _rows = rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
    }

    /// <summary>What the mapping is, for messages: "a handle entry".</summary>
    public string What { get; }

    public IReadOnlyList<KeyRow> Rows { get; }

    public IEnumerable<string> Keys => Rows.Select(r => r.Key);

    public bool Contains(string key) => _rows.ContainsKey(key);

    public KeyRow? Find(string key) => _rows.GetValueOrDefault(key);
}
