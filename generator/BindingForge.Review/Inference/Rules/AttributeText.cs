using System.Collections.Immutable;

namespace BindingForge.Review.Inference.Rules;

/// <summary>A Clang attribute as the header reader spells it (<c>ownership_takes(malloc, 1)</c>): name and arguments.</summary>
internal sealed record AttributeText(string Name, ImmutableArray<string> Arguments)
{
    public static AttributeText Parse(string text)
    {
        var open = text.IndexOf('(');
        if (open < 0 || !text.EndsWith(')'))
            return new AttributeText(text.Trim(), []);
        var arguments = text[(open + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new AttributeText(text[..open].Trim(), [.. arguments]);
    }

    /// <summary>The 1-based parameter indexes among the arguments (<c>nonnull(1, 3)</c>), as 0-based indexes.</summary>
    public IEnumerable<int> ParameterIndexes() =>
        Arguments.Select(a => int.TryParse(a, out var n) ? n - 1 : -1).Where(i => i >= 0);
}
