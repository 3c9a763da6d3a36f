using BindingForge.Generator.CSharp;
using BindingForge.Model;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// C# names of the safe layer. A method is named by the contract's <c>name:</c>, else by its C name without the
/// library prefix and the owning handle's prefix, in PascalCase: <c>sqlite3_bind_int</c> on <c>Statement</c> is
/// <c>BindInt</c>, <c>bf_object_get_value</c> on <c>FixtureObject</c> is <c>GetValue</c>. The library prefixes are
/// the literal starts of the <c>select: include</c> globs (<c>sqlite3_*</c> gives <c>sqlite3_</c>) and the first word
/// (up to its <c>_</c>) that most of the bound functions share: names never depend on the library's file name, so
/// renaming <c>library: name</c> changes no method.
/// </summary>
internal sealed class SafeNames
{
    private readonly string[] _prefixes;

    /// <param name="options">The run's options (the <c>select: include</c> globs).</param>
    /// <param name="functionNames">The C names of the functions the run binds.</param>
    public SafeNames(GeneratorOptions options, IEnumerable<string>? functionNames = null)
    {
        var prefixes = options.Include
            .Select(LiteralPrefix)
            .Concat(SharedPrefix(functionNames ?? []) is { } shared ? [shared] : Array.Empty<string>())
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

    /// <summary>The first word with its <c>_</c> (<c>curl_</c>) that more than half of at least two functions start with.</summary>
    private static string? SharedPrefix(IEnumerable<string> names)
    {
        var words = names.Select(n => n.IndexOf('_', StringComparison.Ordinal) is > 0 and var end && end < n.Length - 1 ? n[..(end + 1)] : null).ToList();
        if (words.Count < 2)
            return null;
        var top = words.OfType<string>().GroupBy(w => w, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        return top is not null && top.Count() * 2 > words.Count ? top.Key : null;
    }

    private static string LiteralPrefix(string glob)
    {
        var end = glob.IndexOfAny(['*', '?', '[']);
        return end < 0 ? "" : glob[..end];
    }
}
