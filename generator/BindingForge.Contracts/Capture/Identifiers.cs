using System.Text.RegularExpressions;

namespace BindingForge.Contracts.Capture;

/// <summary>What counts as a C# identifier, a namespace, and a C identifier in a contract.</summary>
internal static partial class Identifiers
{
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    ];

    public static bool IsCSharpIdentifier(string text) => IdentifierPattern().IsMatch(text) && !Keywords.Contains(text);

    public static bool IsNamespace(string text) => text.Split('.').All(IsCSharpIdentifier);

    public static bool IsCIdentifier(string text) => IdentifierPattern().IsMatch(text);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
