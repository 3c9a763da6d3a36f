namespace BindingForge.Contracts.Capture;

/// <summary>The YAML spellings of the contract's enumerated facts.</summary>
internal sealed class EnumSpelling<T>(string what, params (string Text, T Value)[] values) where T : struct, Enum
{
    public string What { get; } = what;

    public IEnumerable<string> Spellings => values.Select(v => v.Text);

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
}
