namespace BindingForge.Generator.Safe.Planning;

/// <summary>Collects generated lines with four-space indentation; blank lines stay empty (no trailing spaces).</summary>
internal sealed class CodeWriter(int indent)
{
    private readonly List<string> _lines = [];
    private int _indent = indent;

    public IReadOnlyList<string> Written => _lines;

    public void Line(string text) => _lines.Add(text.Length == 0 ? "" : new string(' ', _indent * 4) + text);

    public void Lines(IEnumerable<string> texts)
    {
        foreach (var text in texts)
            Line(text);
    }

    public void Open()
    {
        Line("{");
        _indent++;
    }

    public void Close()
    {
        _indent--;
        Line("}");
    }
}
