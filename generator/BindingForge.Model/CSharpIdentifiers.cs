using System.Collections.Frozen;
using System.Text;

namespace BindingForge.Model;

/// <summary>
/// What the generated C# accepts as a name. One definition for the contract checks, the CLI's flag checks and the
/// emitter's escaping, so a name one of them accepts the others accept too.
/// </summary>
public static class CSharpIdentifiers
{
    /// <summary>C#'s reserved keywords, with the four undocumented ones the compiler also reserves (<c>__arglist</c>,
    /// <c>__makeref</c>, <c>__reftype</c>, <c>__refvalue</c>). Contextual keywords are valid identifiers and are not
    /// listed.</summary>
    public static FrozenSet<string> Keywords { get; } = FrozenSet.ToFrozenSet(
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "__arglist", "__makeref", "__reftype", "__refvalue",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Contextual keywords that change the meaning of code when a type has their name: a type named <c>var</c>,
    /// <c>dynamic</c>, <c>nint</c> or <c>nuint</c> is what those words then mean (<c>var x = ...</c> binds to it), and
    /// <c>required</c>, <c>scoped</c>, <c>file</c>, <c>record</c>, <c>partial</c>, <c>async</c>, <c>await</c>,
    /// <c>managed</c>, <c>unmanaged</c>, <c>notnull</c>, <c>allows</c>, <c>field</c> are read as modifiers or
    /// keywords where a type may stand (<c>required* h</c> does not parse). The emitter renames C types with these
    /// names, and contracts and flags may not give them to classes or namespaces.
    /// </summary>
    public static FrozenSet<string> TypeKeywords { get; } = FrozenSet.ToFrozenSet(
    [
        "var", "dynamic", "nint", "nuint", "required", "scoped", "file", "record", "partial", "async", "await",
        "managed", "unmanaged", "notnull", "allows", "field",
    ], StringComparer.Ordinal);

    /// <summary>True for an ASCII identifier (<c>[A-Za-z_][A-Za-z0-9_]*</c>), the shape C and C# names share.</summary>
    public static bool IsAsciiIdentifier(string text) =>
        text.Length > 0 && (char.IsAsciiLetter(text[0]) || text[0] == '_') && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>True when <paramref name="text"/> can name a generated type or member without escaping or renaming.</summary>
    public static bool IsIdentifier(string text) => IsAsciiIdentifier(text) && !Keywords.Contains(text) && !TypeKeywords.Contains(text);

    /// <summary>True for a dotted list of identifiers.</summary>
    public static bool IsNamespace(string text) => text.Split('.').All(IsIdentifier);

    /// <summary>
    /// The PascalCase default name of a C or contract name, used by the contract binder (class names) and the safe
    /// layer (method names): <c>sqlite3_stmt</c> gives <c>Sqlite3Stmt</c>, <c>open_v2</c> gives <c>OpenV2</c>; a result
    /// that would not start with a letter gets an <c>N</c> in front. Not escaped: callers that emit it escape it.
    /// </summary>
    public static string PascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split(['_', '-', ' ', '.'], StringSplitOptions.RemoveEmptyEntries))
            builder.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        if (builder.Length == 0 || !char.IsLetter(builder[0]))
            builder.Insert(0, 'N');
        return builder.ToString();
    }
}
