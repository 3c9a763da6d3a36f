using System.Text.RegularExpressions;

namespace BindingForge.Generator.Thin;

/// <summary>
/// Looks, at generation time, for the versioned file names of a native library (<c>libsqlite3.so.0</c>), so that the
/// generated resolver can load the library on machines that have only the runtime package and no <c>-dev</c>
/// symlink. The same folders are scanned again by the generated code at run time.
/// </summary>
public sealed partial class NativeLibraryProbe(IReadOnlyList<string> directories)
{
    /// <summary>The library folders of Debian-, Fedora- and Alpine-style systems, multiarch first.</summary>
    public static IReadOnlyList<string> SystemDirectories { get; } =
    [
        "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/aarch64-linux-gnu",
        "/usr/lib64", "/lib64", "/usr/lib", "/lib", "/usr/local/lib",
    ];

    /// <summary>A probe of <see cref="SystemDirectories"/>.</summary>
    public static NativeLibraryProbe Default { get; } = new(SystemDirectories);

    /// <summary>A probe that finds nothing: output independent of the machine (golden tests).</summary>
    public static NativeLibraryProbe None { get; } = new([]);

    /// <summary>The folders searched.</summary>
    public IReadOnlyList<string> Directories { get; } = directories;

    /// <summary>
    /// The distinct sonames (<c>lib{name}.so.N</c>) found, highest major version first; when only longer versions
    /// exist (<c>lib{name}.so.1.2.13</c>), those.
    /// </summary>
    public IReadOnlyList<string> FindVersionedNames(string library)
    {
        var prefix = $"lib{library}.so.";
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var directory in Directories.Where(Directory.Exists))
        {
            // The pattern also matches "lib{name}.so" itself (legacy wildcard rules), hence the length check.
            foreach (var file in Directory.EnumerateFiles(directory, prefix + "*").Select(Path.GetFileName))
            {
                if (file!.Length > prefix.Length && file.StartsWith(prefix, StringComparison.Ordinal))
                    found.Add(file);
            }
        }

        var versions = found.Where(f => VersionSuffix().IsMatch(f[prefix.Length..])).ToList();
        var sonames = versions.Where(f => !f[prefix.Length..].Contains('.')).ToList();
        var chosen = sonames.Count > 0 ? sonames : versions;
        return [.. chosen.OrderByDescending(f => Version(f[prefix.Length..])).ThenBy(f => f, StringComparer.Ordinal)];
    }

    private static long Version(string suffix) =>
        long.TryParse(suffix.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture, out var major) ? major : 0;

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)*$")]
    private static partial Regex VersionSuffix();
}
