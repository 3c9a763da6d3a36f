using System.Collections.Frozen;
using System.Text;
using BindingForge.Model;

namespace BindingForge.Generator.CSharp;

/// <summary>Turns C names into C# identifiers: keywords get <c>@</c>, characters C# does not allow become <c>_</c>.</summary>
internal static class CSharpNames
{
    /// <summary>
    /// Names the generated code itself uses unqualified (attributes, runtime types). A C type with one of these names
    /// would hide the real one, so such types get a trailing underscore.
    /// </summary>
    public static FrozenSet<string> ReservedTypeNames { get; } = FrozenSet.ToFrozenSet(
    [
        "Array", "Assembly", "AssemblyLoadContext", "CallConvCdecl", "CLong", "CULong", "Directory", "FieldOffset",
        "FieldOffsetAttribute", "InlineArray", "InlineArrayAttribute", "IReadOnlyList", "LayoutKind", "LibraryImport",
        "LibraryImportAttribute", "List", "NativeLibrary", "ReadOnlySpan", "StringComparer", "StructLayout",
        "StructLayoutAttribute", "System", "UnmanagedCallConv", "UnmanagedCallConvAttribute", "UnscopedRef",
    ], StringComparer.Ordinal);

    /// <summary>A valid C# identifier for <paramref name="name"/>: <c>params</c> becomes <c>@params</c>.</summary>
    public static string Identifier(string name)
    {
        var plain = Sanitize(name);
        return CSharpIdentifiers.Keywords.Contains(plain) ? "@" + plain : plain;
    }

    /// <summary>Like <see cref="Identifier"/>, also avoiding the type names the generated code relies on (the list
    /// here, and the runtime's and framework's types safe bodies name, <see cref="Safe.ImportedTypeNames.UsedInBodies"/>) and the
    /// contextual keywords a type name would change (<see cref="CSharpIdentifiers.TypeKeywords"/>): both get a
    /// trailing underscore.</summary>
    public static string TypeIdentifier(string name)
    {
        var plain = Sanitize(name);
        var reserved = ReservedTypeNames.Contains(plain) || CSharpIdentifiers.TypeKeywords.Contains(plain) || Safe.ImportedTypeNames.UsedInBodies.Contains(plain);
        return reserved ? plain + "_" : Identifier(plain);
    }

    /// <summary>The identifier without a leading <c>@</c>: the name as metadata sees it.</summary>
    public static string Unescaped(string identifier) => identifier.StartsWith('@') ? identifier[1..] : identifier;

    /// <summary>Letters, digits and underscores only, not starting with a digit; never empty.</summary>
    public static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
            builder.Insert(0, '_');
        return builder.ToString();
    }

    /// <summary>
    /// Text for a one-line <c>/* ... */</c> comment in code (<c>/* SQLITE_TRANSIENT */</c>): printable ASCII only and
    /// no <c>*/</c>, so that whatever the input holds, the comment cannot end early or span lines; anything else
    /// becomes <c>_</c>.
    /// </summary>
    public static string CommentText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(c is >= ' ' and <= '~' && !(c == '/' && builder.Length > 0 && builder[^1] == '*') ? c : '_');
        return builder.ToString();
    }

    /// <summary>A C# string literal (with quotes) for <paramref name="text"/> (<see cref="CSharpLiterals.String"/>).</summary>
    public static string StringLiteral(string text) => CSharpLiterals.String(text);
}
