namespace BindingForge.Model;

/// <summary>
/// What BindingForge accepts as a native library name and as a header path, from a contract or a flag. Both end up in
/// generated code or in the parse (a library name becomes the loader's file names and its <c>lib{name}.so.*</c> search
/// pattern; a header name becomes an <c>#include "…"</c> line), so text that would change their meaning is refused:
/// one rule for the contract checks and the command line.
/// </summary>
public static class FileNames
{
    /// <summary>
    /// True for a plain library name (<c>sqlite3</c>, <c>z</c>, <c>gtk-4</c>, <c>stdc++</c>: letters, digits and
    /// <c>. _ + -</c>, starting with a letter or digit), or a path to a library file whose file name is such a name
    /// and whose folders hold no wildcard (<c>/opt/my libs/libfoo.so.1</c>). The name becomes a file-search pattern
    /// in the generated loader, so wildcards, quotes, braces and control characters are refused.
    /// </summary>
    public static bool IsLibraryName(string text)
    {
        var slash = text.LastIndexOf('/');
        if (slash < 0)
            return IsPlainName(text);
        var folder = text[..slash];
        return IsPlainName(text[(slash + 1)..]) && (folder.Length == 0 || (IsHeaderPath(folder) && folder.IndexOfAny(['*', '?', '[', ']', '{', '}']) < 0));
    }

    /// <summary>True for a header path with no character that could end or escape an <c>#include "…"</c> line: no
    /// quote, backslash, control character (newline, NUL) or line separator.</summary>
    public static bool IsHeaderPath(string text) =>
        text.Length > 0 && !text.Any(c => c is '"' or '\\' or '\u0085' or '\u2028' or '\u2029' || char.IsControl(c));

    private static bool IsPlainName(string part) =>
        part.Length > 0 && char.IsAsciiLetterOrDigit(part[0]) && part.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '+' or '-');
}
