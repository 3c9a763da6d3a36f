using BindingForge.Generator.CSharp;
using BindingForge.Model;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// C# names of the safe layer. A method is named by the contract's <c>name:</c>, else by its C name without the
/// library prefix and the owning handle's prefix, in PascalCase: <c>sqlite3_bind_int</c> on <c>Statement</c> is
/// <c>BindInt</c>, <c>bf_object_get_value</c> on <c>FixtureObject</c> is <c>GetValue</c>. The library prefixes are
/// <see cref="CNamePrefixes"/>': names never depend on the library's file name, so renaming <c>library: name</c>
/// changes no method.
/// </summary>
internal sealed class SafeNames
{
    private readonly CNamePrefixes _prefixes;

    /// <param name="options">The run's options (the <c>select: include</c> globs).</param>
    /// <param name="functionNames">The C names of the functions the run binds.</param>
    public SafeNames(GeneratorOptions options, IEnumerable<string>? functionNames = null) =>
        _prefixes = new CNamePrefixes(options.Include, functionNames ?? []);

    /// <summary>The C name without the library prefix (the longest that leaves something).</summary>
    public string WithoutLibraryPrefix(string cName) => _prefixes.Strip(cName);

    /// <summary>The default C# name of a C type or constant group member (<see cref="CNamePrefixes.TypeName"/>).</summary>
    public string TypeName(string cName) => _prefixes.TypeName(cName);

    /// <summary>
    /// The default method name of <paramref name="cName"/> on a class for C type <paramref name="ownerCType"/> named
    /// <paramref name="className"/>: without the library prefix and the handle's prefix, which is the handle's C name
    /// (also without its <c>_t</c> tag) or its class name's words (<c>foo_group_init</c> on <c>Group</c> is
    /// <c>Init</c>, never <c>GroupInit</c>). A function named like its handle (<c>curl_url()</c> making a
    /// <c>Url</c>) is <c>Create</c> when it is a factory, so no word is doubled (<c>UrlUrl</c>).
    /// </summary>
    public string Method(string cName, string? ownerCType, string? className = null, bool isFactory = false)
    {
        var name = WithoutLibraryPrefix(cName);
        if (ownerCType is null)
            return Pascal(name);
        var owner = WithoutLibraryPrefix(ownerCType);
        string[] handlePrefixes = [owner, CNamePrefixes.WithoutTag(owner), .. className is null ? Array.Empty<string>() : [SnakeWords(className)]];
        foreach (var prefix in handlePrefixes.Where(p => p.Length > 0).OrderByDescending(p => p.Length))
        {
            if (name.Equals(prefix, StringComparison.OrdinalIgnoreCase))
                return isFactory ? "Create" : Pascal(name);
            if (name.Length > prefix.Length + 1 && name[prefix.Length] == '_' && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return Pascal(name[(prefix.Length + 1)..]);
        }

        return Pascal(name);
    }

    /// <summary><c>ZStream</c> gives <c>z_stream</c>, <c>Group</c> gives <c>group</c>.</summary>
    private static string SnakeWords(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]) && !char.IsUpper(pascal[i - 1]))
                builder.Append('_');
            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
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
}
