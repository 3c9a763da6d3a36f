namespace BindingForge.Generator.Safe.Rendering;

/// <summary>
/// One statement of a body, as the template lays it out: a line of code, or a line that heads a nested block
/// (<c>if (...)</c>, <c>fixed (...)</c>, <c>switch (...)</c>, a <c>case</c> label) with the statements under it,
/// one level deeper, in braces or not. The template owns the indentation and the braces; the text of a statement
/// is computed in C#.
/// </summary>
/// <param name="Text">The statement's line, without indentation.</param>
/// <param name="Nested">The statements under it; null for a plain line.</param>
/// <param name="Braced">True to put <paramref name="Nested"/> in braces; false to only indent it (<c>if (x)</c>
/// followed by one statement, a <c>case</c> label's statements).</param>
internal sealed record StatementRender(string Text, IReadOnlyList<StatementRender>? Nested = null, bool Braced = false)
{
    /// <summary>A plain line of code.</summary>
    public static implicit operator StatementRender(string text) => new(text);

    /// <summary><paramref name="head"/>, then <paramref name="body"/> in braces.</summary>
    public static StatementRender Block(string head, IReadOnlyList<StatementRender> body) => new(head, body, Braced: true);

    /// <summary><paramref name="head"/>, then <paramref name="body"/> one level deeper, without braces.</summary>
    public static StatementRender Indented(string head, IReadOnlyList<StatementRender> body) => new(head, body);

    /// <summary>Plain lines.</summary>
    public static IEnumerable<StatementRender> Lines(IEnumerable<string> texts) => texts.Select(t => new StatementRender(t));
}
