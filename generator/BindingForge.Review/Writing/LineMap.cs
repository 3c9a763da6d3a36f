using BindingForge.Review.Inference.Draft;

namespace BindingForge.Review.Writing;

/// <summary>Which draft fact each written line states, so that a diagnostic at a line names the fact to drop.</summary>
internal sealed class LineMap
{
    private readonly Dictionary<int, FactPath> _lines = [];

    public void Set(int line, FactPath path) => _lines[line] = path;

    /// <summary>The fact written on <paramref name="line"/>; null for lines that state no fact (comments, the library section).</summary>
    public FactPath? At(int line) => _lines.GetValueOrDefault(line);

    public int Count => _lines.Count;
}
