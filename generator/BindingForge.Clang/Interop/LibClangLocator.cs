using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace BindingForge.Clang.Interop;

/// <summary>
/// Where libclang and its resource directory may be. Debian puts the library in the multiarch folder
/// (<c>/usr/lib/x86_64-linux-gnu/libclang-19.so.19</c>) with links under <c>/usr/lib/llvm-19/lib</c>, and the
/// builtin headers under <c>/usr/lib/llvm-19/lib/clang/19/include</c>; a plain <c>dlopen("libclang")</c> finds neither.
/// </summary>
internal static partial class LibClangLocator
{
    /// <summary>
    /// The libclang shipped with the application, tried before the system's: the NuGet package
    /// <c>libclang.runtime.&lt;rid&gt;</c> as a framework-dependent build lays it out
    /// (<c>runtimes/linux-x64/native/libclang.so</c>), or flat beside the executable (self-contained and NativeAOT publish).
    /// </summary>
    public static IReadOnlyList<string> BundledPaths()
    {
        var baseDir = AppContext.BaseDirectory;
        var rid = $"linux-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
        string[] paths = [Path.Combine(baseDir, "runtimes", rid, "native", "libclang.so"), Path.Combine(baseDir, "libclang.so")];
        return [.. paths.Where(File.Exists)];
    }

    /// <summary>The files tried when no override is set and nothing is bundled: newest llvm-N folder first, then the multiarch folder, then plain names.</summary>
    public static IReadOnlyList<string> CandidatePaths()
    {
        var candidates = new List<string>();
        foreach (var dir in ByVersionDescending(SafeDirectories("/usr/lib", "llvm-*")))
        {
            var lib = Path.Combine(dir, "lib");
            var major = VersionOf(Path.GetFileName(dir)).FirstOrDefault();
            candidates.Add(Path.Combine(lib, "libclang.so"));
            candidates.Add(Path.Combine(lib, $"libclang-{major}.so"));
            candidates.Add(Path.Combine(lib, $"libclang-{major}.so.{major}"));
            candidates.Add(Path.Combine(lib, $"libclang-{major}.so.1"));
        }
        var multiarch = Path.Combine("/usr/lib", MultiarchTriple());
        var versioned = SafeFiles(multiarch, "libclang-*.so*").Where(f => VersionedLibClang().IsMatch(Path.GetFileName(f)));
        candidates.AddRange(ByVersionDescending(versioned));
        candidates.AddRange(["libclang.so", "libclang", "libclang.dylib"]);
        return candidates.Where(c => !c.Contains('/') || File.Exists(c)).Distinct().ToList();
    }

    /// <summary>
    /// The resource directory of the loaded library: <c>&lt;libdir&gt;/clang/&lt;ver&gt;</c> next to the file or
    /// its link target, else <c>/usr/lib/llvm-&lt;major&gt;/lib/clang/&lt;ver&gt;</c>. Only a folder whose
    /// <c>include/stddef.h</c> exists counts.
    /// </summary>
    public static string? FindResourceDir(string libraryPath, string version)
    {
        var libDirs = new List<string>();
        if (Path.GetDirectoryName(libraryPath) is { Length: > 0 } dir)
            libDirs.Add(dir);
        if (TryResolveLink(libraryPath) is { } target && Path.GetDirectoryName(target) is { Length: > 0 } targetDir)
            libDirs.Add(targetDir);
        if (MajorVersion().Match(version) is { Success: true } match)
            libDirs.Add($"/usr/lib/llvm-{match.Groups[1].Value}/lib");
        foreach (var libDir in libDirs.Distinct())
        {
            var found = ByVersionDescending(SafeDirectories(Path.Combine(libDir, "clang"), "*"))
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "include", "stddef.h")));
            if (found is not null)
                return found;
        }
        return null;
    }

    private static string? TryResolveLink(string path)
    {
        try
        {
            return File.Exists(path) ? File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string MultiarchTriple() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.Arm64 => "aarch64-linux-gnu",
        Architecture.X86 => "i386-linux-gnu",
        _ => "x86_64-linux-gnu",
    };

    private static IEnumerable<string> ByVersionDescending(IEnumerable<string> paths) =>
        paths.OrderByDescending(p => VersionOf(Path.GetFileName(p)), VersionComparer.Instance).ThenBy(p => p, StringComparer.Ordinal);

    private static int[] VersionOf(string name) =>
        [.. Number().Matches(name).Select(m => int.TryParse(m.Value, out var n) ? n : 0)];

    private static IEnumerable<string> SafeDirectories(string dir, string pattern) =>
        Directory.Exists(dir) ? Directory.EnumerateDirectories(dir, pattern) : [];

    private static IEnumerable<string> SafeFiles(string dir, string pattern) =>
        Directory.Exists(dir) ? Directory.EnumerateFiles(dir, pattern) : [];

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"^libclang-\d+(\.\d+)*\.so(\.\d+)*$")]
    private static partial Regex VersionedLibClang();

    [GeneratedRegex(@"version (\d+)\.")]
    private static partial Regex MajorVersion();

    /// <summary>Compares version number lists element by element (19.1 &gt; 14.0.6).</summary>
    private sealed class VersionComparer : IComparer<int[]>
    {
        public static VersionComparer Instance { get; } = new();

        public int Compare(int[]? x, int[]? y)
        {
            x ??= [];
            y ??= [];
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                if (x[i] != y[i])
                    return x[i].CompareTo(y[i]);
            }
            return x.Length.CompareTo(y.Length);
        }
    }
}
