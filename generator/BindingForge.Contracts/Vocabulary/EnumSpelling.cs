namespace BindingForge.Contracts.Vocabulary;

/// <summary>The YAML spellings of one enumerated fact, in the order the format documents them.</summary>
public sealed class EnumSpelling<T>(string what, params (string Text, T Value)[] values) where T : struct, Enum
{
    /// <summary>What the value is, for messages: "threading".</summary>
    public string What { get; } = what;

    public IReadOnlyList<string> Spellings { get; } = [.. values.Select(v => v.Text)];

    public bool TryParse(string text, out T value)
    {
        foreach (var (spelling, candidate) in values)
        {
            if (spelling == text)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>How a contract writes <paramref name="value"/>.</summary>
    public string TextOf(T value) => values.First(v => EqualityComparer<T>.Default.Equals(v.Value, value)).Text;
}
