using System.Text;
using BindingForge.Clang.Interop;

namespace BindingForge.Clang.Reading;

/// <summary>
/// The GNU attributes in clang's pretty-printed form of a declaration:
/// <c>void *f(int) __attribute__((malloc)) __attribute__((nonnull(1)))</c> gives <c>malloc</c> and
/// <c>nonnull(1)</c>. clang prints an omitted message as <c>("")</c>; that is dropped.
/// </summary>
internal static class PrintedAttributes
{
    private const string Opening = "__attribute__((";

    public static IReadOnlyList<string> Of(CXCursor declaration)
    {
        var policy = LibClang.clang_getCursorPrintingPolicy(declaration);
        try
        {
            return Parse(LibClang.clang_getCursorPrettyPrinted(declaration, policy).ToManagedAndDispose());
        }
        finally
        {
            LibClang.clang_PrintingPolicy_dispose(policy);
        }
    }

    public static IReadOnlyList<string> Parse(string printed)
    {
        var attributes = new List<string>();
        for (var start = printed.IndexOf(Opening, StringComparison.Ordinal); start >= 0;
             start = printed.IndexOf(Opening, start + 1, StringComparison.Ordinal))
        {
            if (Content(printed, start + Opening.Length) is { Length: > 0 } content)
                attributes.Add(Normalize(content));
        }
        return attributes;
    }

    /// <summary>The attribute's name: the text before its argument list.</summary>
    public static string NameOf(string attribute)
    {
        var paren = attribute.IndexOf('(');
        return paren < 0 ? attribute : attribute[..paren];
    }

    /// <summary>Drops GNU underscores from the name (<c>__nonnull__(1)</c> is <c>nonnull(1)</c>) and an empty message.</summary>
    public static string Normalize(string attribute)
    {
        var name = NameOf(attribute);
        var arguments = attribute[name.Length..];
        if (name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal))
            name = name[2..^2];
        return arguments == "(\"\")" ? name : name + arguments;
    }

    /// <summary>The text from <paramref name="from"/> up to the <c>))</c> that closes the attribute list.</summary>
    private static string? Content(string printed, int from)
    {
        var depth = 0;
        var inString = false;
        var text = new StringBuilder();
        for (var i = from; i < printed.Length; i++)
        {
            var c = printed[i];
            if (inString)
            {
                inString = c != '"' || printed[i - 1] == '\\';
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth < 0)
            {
                return text.ToString();
            }
            text.Append(c);
        }
        return null;
    }
}
