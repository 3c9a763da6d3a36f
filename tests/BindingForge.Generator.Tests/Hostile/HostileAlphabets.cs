using System.Text;
using CsCheck;

namespace BindingForge.Generator.Tests.Hostile;

/// <summary>
/// Generators of adversarial input: C identifiers that are C# keywords (reserved, contextual, <c>__arglist</c> and
/// kin), names of the types and members the generator and the runtime declare, names that differ only in characters
/// C# cannot spell; doc comment text made of every Unicode line terminator, format and bidi characters, comment and
/// XML delimiters, directives and code; string values with quotes, backslashes, NULs, braces and non-ASCII.
/// </summary>
internal static class HostileAlphabets
{
    /// <summary>C# keywords that are not C keywords (nor GNU C ones: not <c>typeof</c>), so a C header can use them as names.</summary>
    private static readonly string[] Keywords =
    [
        "class", "namespace", "params", "event", "object", "string", "base", "this", "new", "operator", "checked",
        "fixed", "lock", "out", "ref", "in", "is", "as", "internal", "public", "private", "protected", "override",
        "virtual", "abstract", "sealed", "readonly", "implicit", "explicit", "delegate", "decimal", "foreach", "try",
        "catch", "finally", "throw", "using", "null", "stackalloc", "byte", "sbyte", "ushort", "uint",
        "ulong", "interface", "unchecked", "__arglist", "__makeref", "__reftype", "__refvalue",
    ];

    private static readonly string[] Contextual =
    [
        "value", "var", "dynamic", "nameof", "record", "file", "required", "scoped", "field", "async", "await",
        "yield", "partial", "global", "when", "unmanaged", "notnull", "add", "remove", "get", "set", "init", "args",
        "managed", "with", "select", "from", "where", "nint", "nuint", "allows",
    ];

    /// <summary>What the generated code declares or uses: its classes for class <c>Test</c>, its members and locals,
    /// the runtime's types and the framework names it uses unqualified.</summary>
    private static readonly string[] Generated =
    [
        "Test", "TestNative", "TestNativeLayout", "TestErrors", "TestCallbacks", "LibraryName", "LibraryFileNames",
        "LibraryDirectories", "VersionedFilePattern", "ResolveLibrary", "Verify", "Check", "mismatches", "_alignment",
        "_element0", "start", "__result", "__lease", "__arg0", "__errno", "__text", "pointer", "Free", "Retain",
        "Cleanup", "Clone", "NullReturn", "Invoke", "NativeHandle", "OwnedHandle", "BorrowedHandle", "RefCountedHandle",
        "CallerAllocatedHandle", "Utf8Marshal", "NativeCallException", "ThreadingMode", "ThreadingEnforcement",
        "ReleaseThread", "HandleLease", "CallbackRegistry", "System", "Marshal", "NativeMemory", "NativeLibrary",
        "Unsafe", "Span", "ReadOnlySpan", "List", "IReadOnlyList", "Array", "Exception", "String", "Object", "CLong",
        "CULong", "LibraryImport", "StructLayout", "FieldOffset", "InlineArray", "SkipLocalsInit", "MethodImpl",
        "UnmanagedCallersOnly", "CallConvCdecl", "Directory", "Assembly", "AssemblyLoadContext", "Dispose",
        "ObjectDisposedException", "GC", "Type", "Action", "Func",
    ];

    /// <summary>Names C accepts and C# cannot spell (they become <c>_</c>), next to the names they then equal.</summary>
    private static readonly string[] Unicode = ["na\u00efve", "na_ve", "\u03c0", "_", "x\u00e9", "x_", "\u00e9t\u00e9", "_t_"];

    private static readonly Gen<string> Plain =
        Gen.Select(Gen.Char["abcxyzABCXYZ_"], Gen.Char["abcxyz_019ABZ"].Array[0, 8], (first, rest) => first + new string(rest));

    /// <summary>A C identifier from the adversarial alphabets, or a plain one, or one with <c>__</c> around it.</summary>
    public static Gen<string> Identifier { get; } = Gen.Frequency<string>(
        (3, Gen.OneOf(Keywords)),
        (2, Gen.OneOf(Contextual)),
        (4, Gen.OneOf(Generated)),
        (1, Gen.OneOf(Unicode)),
        (1, Plain.Select(p => "__" + p)),
        (3, Plain));

    /// <summary>Pieces of doc text; a comment is a few of them in a row.</summary>
    private static readonly string[] DocPieces =
    [
        "\u2028", "\u2029", "\u0085", "\n", "\r\n", "\r", "\u000B", "\u000C", "\u202A", "\u202B", "\u202C", "\u202D",
        "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200B", "\u200E", "\u200F", "\u061C", "\uFEFF", "\u00AD",
        "\U000E0001", "\U000E0041", "\t", "*/", "/*", "//", "<", ">", "&", "&amp;", "&#x2028;", "<summary>",
        "</summary>", "<see cref=\"X\"/>", "]]>", "<!--", "\"", "'", "\\", "#if DEBUG", "#endif", "#define X",
        "#line 1", "}", "{", "class X {", "public static void Evil() { }", "\u2028}\u2028public class Injected {",
        "\\param", "@return", "\\brief", "text", " ", "caf\u00e9", "\u65e5\u672c", "\U0001F600", "\u0000",
    ];

    /// <summary>Doc comment text.</summary>
    public static Gen<string> DocText { get; } = Gen.OneOf(DocPieces).Array[0, 8].Select(p => string.Concat(p));

    /// <summary>Pieces of a string macro's value; NUL included, so some macros are refused with BF1010.</summary>
    private static readonly string[] ValuePieces =
    [
        "\"", "\\", "\\\"", "\0", "{", "}", "{0}", "\"u8;", "\"; } class X { //", "\u2028", "\u202E", "\u00e9",
        "\U0001F600", "\n", "\r", "\t", "'", "$\"{x}\"", "text", " ", "*/", "??=",
    ];

    /// <summary>A string macro's value.</summary>
    public static Gen<string> MacroValue { get; } = Gen.OneOf(ValuePieces).Array[0, 6].Select(p => string.Concat(p));

    /// <summary><paramref name="value"/> as a C string literal: escapes for quotes, backslashes, controls (octal, so
    /// no digit can follow into them) and the rest raw UTF-8.</summary>
    public static string CString(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\')
                builder.Append('\\').Append(c);
            else if (c < ' ' || c == '\u007F')
                builder.Append('\\').Append(Convert.ToString(c, 8).PadLeft(3, '0'));
            else if (c == '?')
                builder.Append("\\?"); // no trigraphs
            else
                builder.Append(c);
        }

        return builder.Append('"').ToString();
    }
}
