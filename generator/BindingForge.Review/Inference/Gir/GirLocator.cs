using System.Collections.Immutable;
using System.Xml;

namespace BindingForge.Review.Inference.Gir;

/// <summary>
/// Finds the introspection file of a library the way GObject-Introspection searches for .gir files: the folders of
/// <c>GI_GIR_PATH</c>, then <c>gir-1.0</c> under the user's data folder (<c>XDG_DATA_HOME</c>, else
/// <c>~/.local/share</c>) and under each folder of <c>XDG_DATA_DIRS</c> (default <c>/usr/local/share:/usr/share</c>),
/// then <c>/usr/share/gir-1.0</c>. A file belongs to the library when one of its <c>shared-library</c> names is the
/// library's (<c>libjson-glib-1.0.so.0</c> for <c>json-glib-1.0</c>), or its <c>package</c> is. The first folder with
/// a match wins; within a folder, the file names sort the candidates, newest version last taken first.
/// </summary>
internal static class GirLocator
{
    /// <summary>The folders searched, in order, without repeats.</summary>
    public static ImmutableArray<string> SearchPath(Func<string, string?> environment)
    {
        var folders = new List<string>();
        folders.AddRange(Split(environment("GI_GIR_PATH")));
        var home = environment("XDG_DATA_HOME") is { Length: > 0 } dataHome ? dataHome
            : environment("HOME") is { Length: > 0 } userHome ? Path.Combine(userHome, ".local", "share") : null;
        if (home is not null)
            folders.Add(Path.Combine(home, "gir-1.0"));
        var dataDirs = environment("XDG_DATA_DIRS") is { Length: > 0 } dirs ? dirs : "/usr/local/share:/usr/share";
        folders.AddRange(Split(dataDirs).Select(d => Path.Combine(d, "gir-1.0")));
        folders.Add("/usr/share/gir-1.0");
        return [.. folders.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The .gir of <paramref name="library"/>, or null when no folder of the search path has one.</summary>
    public static string? Find(string library, Func<string, string?> environment)
    {
        foreach (var folder in SearchPath(environment))
        {
            if (!Directory.Exists(folder))
                continue;
            var match = Directory.EnumerateFiles(folder, "*.gir").Order(StringComparer.Ordinal).Reverse()
                .FirstOrDefault(file => Describes(file, library));
            if (match is not null)
                return match;
        }

        return null;
    }

    /// <summary>True when the library name is one of the file's shared libraries or its package.</summary>
    public static bool Describes(string file, string library)
    {
        var (shared, packages) = Peek(file);
        var wanted = Bare(library);
        return shared.Any(s => Bare(s) == wanted) || packages.Contains(library, StringComparer.Ordinal);
    }

    /// <summary><c>libjson-glib-1.0.so.0</c>, <c>json-glib-1.0</c> and <c>libjson-glib-1.0</c> all as <c>json-glib-1.0</c>.</summary>
    private static string Bare(string name)
    {
        var file = Path.GetFileName(name);
        var so = file.IndexOf(".so", StringComparison.Ordinal);
        if (so > 0)
            file = file[..so];
        return file.StartsWith("lib", StringComparison.Ordinal) ? file[3..] : file;
    }

    /// <summary>The <c>package</c> names and <c>shared-library</c> list, read up to the namespace element only.</summary>
    private static (ImmutableArray<string> Shared, ImmutableArray<string> Packages) Peek(string file)
    {
        var packages = new List<string>();
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                    continue;
                if (reader.LocalName == "package" && reader.GetAttribute("name") is { } package)
                    packages.Add(package);
                if (reader.LocalName == "namespace")
                    return ([.. Split(reader.GetAttribute("shared-library"), ',')], [.. packages]);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            // not a readable .gir: it describes nothing
        }

        return ([], [.. packages]);
    }

    private static IEnumerable<string> Split(string? list, char separator = ':') =>
        (list ?? string.Empty).Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
