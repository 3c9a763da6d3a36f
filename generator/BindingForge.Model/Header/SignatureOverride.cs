namespace BindingForge.Model.Header;

/// <summary>
/// The prototype a contract gives a function that its header declares without one (<c>int f();</c>), as C text:
/// <c>int f(int count, const char *name)</c>. The reader parses it against the headers' own types and binds the
/// function with it; <see cref="Location"/> is the contract's line, where any problem with it is reported.
/// </summary>
public sealed record SignatureOverride(string Function, string Declaration, SourceLocation Location)
{
    /// <summary>
    /// True when <paramref name="text"/> can only be a function declarator over type names: identifiers, <c>*</c>,
    /// <c>,</c>, brackets, digits, spaces and <c>...</c>, one line, naming <paramref name="function"/>. No
    /// preprocessor directive, string, comment, brace or semicolon can pass, so contract text never becomes more
    /// than one C declaration in the reader's parse.
    /// </summary>
    public static bool IsPlainPrototype(string text, string function) =>
        text.Length is > 0 and <= 1000
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ' ' or '*' or ',' or '(' or ')' or '[' or ']' or '.')
        && text.Contains('(')
        && NamePosition(text, function) >= 0;

    /// <summary>Where <paramref name="function"/> stands in <paramref name="text"/> as a whole identifier before the parameter list; -1 if it does not.</summary>
    public static int NamePosition(string text, string function)
    {
        var open = text.IndexOf('(');
        for (var at = text.IndexOf(function, StringComparison.Ordinal); at >= 0 && at < open; at = text.IndexOf(function, at + 1, StringComparison.Ordinal))
        {
            var end = at + function.Length;
            if ((at == 0 || !IsIdentifierChar(text[at - 1])) && (end == text.Length || !IsIdentifierChar(text[end])))
                return at;
        }

        return -1;
    }

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
