namespace BindingForge.Contracts.Capture;

/// <summary>The keys a mapping of one kind may hold, in the order the format documents them.</summary>
internal sealed class KeySet
{
    private readonly HashSet<string> _keys;

    public KeySet(string what, params string[] keys)
    {
        What = what;
        Keys = keys;
        _keys = new HashSet<string>(keys, StringComparer.Ordinal);
    }

    /// <summary>What the mapping is, for messages: "a handle entry".</summary>
    public string What { get; }

    public IReadOnlyList<string> Keys { get; }

    public bool Contains(string key) => _keys.Contains(key);

    /// <summary>The keys every entry that becomes a C# member accepts.</summary>
    public static readonly string[] EntryMeta = ["status", "source", "note", "skip", "name"];

    /// <summary>The keys every fact accepts.</summary>
    public static readonly string[] Provenance = ["status", "source", "note"];
}
