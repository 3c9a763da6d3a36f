using System.Collections.Immutable;

namespace BindingForge.Review.Surface;

/// <summary>
/// A function item's body read back: <c>(const char * path, int flags) -> int | Native.f(byte* path, int flags) -> int</c>.
/// Parameters are split at top-level commas, so function-pointer types keep theirs; a parameter's name is its last word.
/// </summary>
internal sealed record FunctionSignature(ImmutableArray<(string Type, string Name)> Parameters, string Return, string CSharp)
{
    /// <summary>True when the thin layer binds the function (it has a C# import).</summary>
    public bool IsBound => CSharp != "not bound";

    /// <summary>The C# member, <c>FixtureNative.bf_add</c>; null when not bound.</summary>
    public string? Member => IsBound && CSharp.IndexOf('(', StringComparison.Ordinal) is var at and > 0 ? CSharp[..at] : null;

    /// <summary>The C types of the parameters and the return: what must match for a rename to be likely.</summary>
    public string Shape => $"({string.Join(", ", Parameters.Select(p => p.Type))}) -> {Return}";

    public static FunctionSignature Parse(ApiLine line)
    {
        var body = line.Body;
        var close = Close(body);
        var inside = close > 0 ? body[1..close] : string.Empty;
        var rest = close > 0 ? body[(close + 1)..] : body;
        var parameters = inside.Length == 0 ? [] : TopLevel(inside).Select(Parameter).ToImmutableArray();
        var separator = rest.IndexOf(ApiBody.Separator, StringComparison.Ordinal);
        var c = separator < 0 ? rest : rest[..separator];
        var csharp = separator < 0 ? string.Empty : rest[(separator + ApiBody.Separator.Length)..].Trim();
        var arrow = c.IndexOf("->", StringComparison.Ordinal);
        return new FunctionSignature(parameters, arrow < 0 ? c.Trim() : c[(arrow + 2)..].Trim(), csharp);
    }

    private static (string Type, string Name) Parameter(string text)
    {
        text = text.Trim();
        var space = text.LastIndexOf(' ');
        return text == "..." || space < 0 ? (text, string.Empty) : (text[..space].Trim(), text[(space + 1)..]);
    }

    /// <summary>The index of the parenthesis that closes the one the body starts with; -1 when it does not start with one.</summary>
    private static int Close(string body)
    {
        if (!body.StartsWith('('))
            return -1;
        var depth = 0;
        for (var i = 0; i < body.Length; i++)
        {
            depth += body[i] == '(' ? 1 : body[i] == ')' ? -1 : 0;
            if (depth == 0)
                return i;
        }

        return -1;
    }

    private static IEnumerable<string> TopLevel(string list)
    {
        var (depth, start) = (0, 0);
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] is '(' or '[' ? 1 : list[i] is ')' or ']' ? -1 : 0;
            if (list[i] == ',' && depth == 0)
            {
                yield return list[start..i];
                start = i + 1;
            }
        }

        yield return list[start..];
    }
}
