namespace BindingForge.Contracts.Vocabulary;

/// <summary>
/// One key of a contract mapping: how it is spelled, what value it takes, what its absence means, what <c>diff</c>
/// says when it changes, and its line in docs/contract-format.md. Capture reads the key through its row; the
/// vocabulary tests check the JSON Schema and the docs against the rows.
/// </summary>
/// <param name="Key">The YAML key: <c>consumed</c>.</param>
/// <param name="Value">The value's shape.</param>
/// <param name="Doc">What the key means, in the docs' words.</param>
public record KeyRow(string Key, ValueShape Value, string Doc)
{
    /// <summary>The value its absence means, as a contract would write it (<c>false</c>, <c>exclusive</c>); null when absence states nothing.</summary>
    public string? Default { get; init; }

    /// <summary>True when the mapping must hold the key (capture reports its absence).</summary>
    public bool Required { get; init; }

    /// <summary>What <c>diff</c> says when the value changes; null where the diff derives its words from several keys.</summary>
    public DiffWording? Diff { get; init; }

    /// <summary>The key written backquoted, for messages: <c>`consumed`</c>.</summary>
    public string Quoted => $"`{Key}`";

    public override string ToString() => Key;
}
