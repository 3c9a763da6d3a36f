namespace BindingForge.Model.Header;

/// <summary>
/// A prototype a contract states, as C text (<c>int f(int count, const char *name)</c>), for one of three things: a
/// function its header declares without a prototype (<c>int f();</c>), a function-like macro (the C shim wraps it
/// as a function of these types), or, with <see cref="Form"/>, one fixed-arity form of a variadic function. The
/// reader parses it against the headers' own types; <see cref="Location"/> is the contract's line, where any problem
/// with it is reported.
/// </summary>
public sealed record SignatureOverride(string Function, string Declaration, SourceLocation Location)
{
    /// <summary>The form's index among the function's <c>forms:</c>; null for a <c>signature:</c>.</summary>
    public int? Form { get; init; }

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
