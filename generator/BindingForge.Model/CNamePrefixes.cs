namespace BindingForge.Model;

/// <summary>
/// The library prefixes of a C API's names, and the C# names they give once stripped: the literal starts of the
/// <c>select: include</c> globs (<c>sqlite3_*</c> gives <c>sqlite3_</c>) and the first word (up to its <c>_</c>) that
/// most of the bound functions share. Names never depend on the library's file name, so renaming
/// <c>library: name</c> changes no generated name. The contract binder (default class names) and the safe layer
/// (method names) use the same instance rules.
/// </summary>
public sealed class CNamePrefixes
{
    private readonly string[] _prefixes;

    /// <param name="includeGlobs">The <c>select: include</c> globs.</param>
    /// <param name="functionNames">The C names of the functions that are bound.</param>
    public CNamePrefixes(IEnumerable<string> includeGlobs, IEnumerable<string> functionNames)
    {
        var prefixes = includeGlobs
            .Select(LiteralPrefix)
            .Concat(SharedPrefix(functionNames) is { } shared ? [shared] : Array.Empty<string>())
            .Where(p => p.Length > 1 && p.EndsWith('_'))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .ThenBy(p => p, StringComparer.Ordinal);
        _prefixes = [.. prefixes];
    }

    /// <summary>The C name without the library prefix (the longest that leaves something).</summary>
    public string Strip(string cName) => Strip(cName, StringComparison.Ordinal);

    private string Strip(string cName, StringComparison comparison)
    {
        foreach (var prefix in _prefixes)
        {
            if (cName.Length > prefix.Length && cName.StartsWith(prefix, comparison))
                return cName[prefix.Length..];
        }

        return cName;
    }

    /// <summary>
    /// The default C# name of a C type: without the library prefix and a <c>_t</c>/<c>_s</c> tag, in PascalCase, a
    /// word in capitals read as a word (<c>curl_slist</c> gives <c>Slist</c>, <c>foo_group_t</c> gives <c>Group</c>,
    /// <c>CURL_SSL_BACKEND</c> gives <c>SslBackend</c>: the prefix matches in any letter case here, since C spells
    /// types and constants in capitals); never a name of lower-case letters only (CS8981).
    /// </summary>
    public string TypeName(string cName) => PascalWords(WithoutTag(Strip(cName, StringComparison.OrdinalIgnoreCase)));

    /// <summary><c>foo_group_t</c> gives <c>foo_group</c>; a name that is only the tag stays.</summary>
    public static string WithoutTag(string cName)
    {
        foreach (var tag in (string[])["_t", "_s", "_st"])
        {
            if (cName.Length > tag.Length + 1 && cName.EndsWith(tag, StringComparison.Ordinal))
                return cName[..^tag.Length];
        }

        return cName;
    }

    /// <summary>PascalCase where each word in capitals (<c>OPEN</c>, <c>READWRITE</c>) is lowered first:
    /// <c>OPEN_READWRITE</c> gives <c>OpenReadwrite</c>, <c>open_v2</c> gives <c>OpenV2</c>, <c>bindText</c> stays
    /// <c>BindText</c>.</summary>
    public static string PascalWords(string text)
    {
        var words = text.Split(['_', '-', ' ', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > 1 && w.All(c => !char.IsLower(c)) ? w.ToLowerInvariant() : w);
        return CSharpIdentifiers.PascalCase(string.Join('_', words));
    }

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
