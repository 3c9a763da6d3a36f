using BindingForge.Generator.CSharp;
using BindingForge.Model;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// C# names of the safe layer. A method is named by the contract's <c>name:</c>, else by its C name without the
/// library prefix and the owning handle's prefix, in PascalCase: <c>sqlite3_bind_int</c> on <c>Statement</c> is
/// <c>BindInt</c>, <c>bf_object_get_value</c> on <c>FixtureObject</c> is <c>GetValue</c>. The library prefixes are
/// the literal starts of the <c>select: include</c> globs (<c>sqlite3_*</c> gives <c>sqlite3_</c>) and
/// <c>{library}_</c>.
/// </summary>
internal sealed class SafeNames
{
    private readonly string[] _prefixes;

    public SafeNames(GeneratorOptions options)
    {
        var prefixes = options.Include
            .Select(LiteralPrefix)
            .Append(options.Library + "_")
            .Where(p => p.Length > 1 && p.EndsWith('_'))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .ThenBy(p => p, StringComparer.Ordinal);
        _prefixes = [.. prefixes];
    }

    /// <summary>The C name without the library prefix (the longest that leaves something).</summary>
    public string WithoutLibraryPrefix(string cName)
    {
        foreach (var prefix in _prefixes)
        {
            if (cName.Length > prefix.Length && cName.StartsWith(prefix, StringComparison.Ordinal))
                return cName[prefix.Length..];
        }

        return cName;
    }

    /// <summary>The default method name of <paramref name="cName"/> on a class for C type <paramref name="ownerCType"/>.</summary>
    public string Method(string cName, string? ownerCType)
    {
        var name = WithoutLibraryPrefix(cName);
        if (ownerCType is not null)
        {
            var handlePrefix = WithoutLibraryPrefix(ownerCType) + "_";
            if (name.Length > handlePrefix.Length && name.StartsWith(handlePrefix, StringComparison.Ordinal))
                name = name[handlePrefix.Length..];
        }

        return Pascal(name);
    }

    /// <summary><c>open_v2</c> gives <c>OpenV2</c>, <c>deflateInit_</c> gives <c>DeflateInit</c>; never empty, never a keyword.</summary>
    public static string Pascal(string text) => CSharpNames.Identifier(CSharpNames.Sanitize(CSharpIdentifiers.PascalCase(text)));

    /// <summary>
    /// A parameter name: the C name with a lower-case first letter, escaped when it is a keyword. The locals of the
    /// generated bodies all start with <c>__</c> (<c>__result</c>, <c>__arg0</c>, <c>__lease</c>), so a C name that
    /// does loses its leading underscores but one (<c>__result</c> gives <c>_result</c>) and cannot shadow them.
    /// </summary>
    public static string Parameter(string cName)
    {
        var name = CSharpNames.Sanitize(cName);
        if (name.StartsWith("__", StringComparison.Ordinal))
            name = "_" + name.TrimStart('_') is { Length: > 1 } trimmed ? trimmed : "_p";
        if (char.IsUpper(name[0]))
            name = char.ToLowerInvariant(name[0]) + name[1..];
        return CSharpNames.Identifier(name);
    }

    /// <summary>The identifier without a leading <c>@</c>, for building local names from it.</summary>
    public static string Bare(string identifier) => CSharpNames.Unescaped(identifier);

    private static string LiteralPrefix(string glob)
    {
        var end = glob.IndexOfAny(['*', '?', '[']);
        return end < 0 ? "" : glob[..end];
    }
}
