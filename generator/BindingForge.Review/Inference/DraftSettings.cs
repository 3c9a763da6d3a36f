using System.Collections.Immutable;
using BindingForge.Model.Header;

namespace BindingForge.Review.Inference;

/// <summary>
/// What <c>bindingforge init</c> reads and what the draft's library section says. Paths are kept twice: as the parse
/// needs them (full paths), and as the draft must name them: a contract's <c>include_dirs</c> are relative to the
/// contract, and its headers are found through them.
/// </summary>
/// <param name="Headers">Headers as the user gave them: names (<c>sqlite3.h</c>) or paths.</param>
/// <param name="IncludeDirs">Include directories, absolute or relative to the current folder.</param>
/// <param name="Origin">A line for the draft's header comment saying where its settings came from.</param>
public sealed record DraftSettings(
    string Library,
    ImmutableArray<string> Headers,
    ImmutableArray<string> IncludeDirs,
    ImmutableArray<string> Defines,
    ImmutableArray<string> Include,
    ImmutableArray<string> Exclude,
    string? Namespace,
    string? ClassName,
    string Origin)
{
    /// <summary>Further clang arguments for the parse, written to the draft's <c>clang_args:</c>.</summary>
    public ImmutableArray<string> ClangArgs { get; init; } = [];

    /// <summary>Source files and folders whose annotation comments are read (<c>--sources</c>).</summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>The introspection file to read (<c>--gir</c>), or null.</summary>
    public string? Gir { get; init; }

    /// <summary>Search GI's folders for the library's .gir when <see cref="Gir"/> is null (false with <c>--no-gir</c>).</summary>
    public bool FindGir { get; init; }

    /// <summary>Include directories as full paths, for the parse.</summary>
    public ImmutableArray<string> ParseIncludeDirs => [.. IncludeDirs.Select(Path.GetFullPath)];

    /// <summary>Manual folders whose section-3 pages are read (<see cref="InferenceRequest.ManualFolders"/>); empty with <c>--no-man-pages</c>.</summary>
    public ImmutableArray<string> ManualFolders { get; init; } = [];

    /// <summary>The folders the system's <c>man</c> searches (<c>MANPATH</c>'s, then <c>/usr/local/share/man</c>, <c>/usr/share/man</c>).</summary>
    public static ImmutableArray<string> SystemManualFolders(Func<string, string?> environment) => Manuals.ManualShelf.SystemFolders(environment);

    /// <summary>The inference request, with paths as a draft written to <paramref name="draftFolder"/> must name them.</summary>
    public InferenceRequest ToRequest(HeaderModel header, string draftFolder)
    {
        var folder = Path.GetFullPath(draftFolder);
        var dirs = IncludeDirs.Select(d => Path.IsPathRooted(d) ? d : Path.GetRelativePath(folder, Path.GetFullPath(d))).ToList();
        var names = new List<string>();
        foreach (var headerPath in Headers)
        {
            var (name, extraDir) = DraftHeader(headerPath, folder);
            names.Add(name);
            if (extraDir is not null && !dirs.Contains(extraDir))
                dirs.Add(extraDir);
        }

        return new InferenceRequest(header, Library, [.. names], [.. dirs], Defines)
        {
            ManualFolders = ManualFolders,
            Include = Include,
            Exclude = Exclude,
            Namespace = Namespace,
            ClassName = ClassName,
            Origin = Origin,
            ClangArgs = ClangArgs,
            Sources = [.. Sources.Select(Path.GetFullPath)],
            Gir = Gir is null ? null : Path.GetFullPath(Gir),
            FindGir = FindGir,
        };
    }

    /// <summary>
    /// A header named so the draft finds it again: under an include dir, relative to it; a file the user pointed at
    /// by a path, by its name with its folder added to the include dirs (relative when near the draft); a bare name
    /// (<c>sqlite3.h</c>) as it is.
    /// </summary>
    private (string Name, string? ExtraDir) DraftHeader(string header, string draftFolder)
    {
        var full = Path.GetFullPath(header);
        foreach (var dir in ParseIncludeDirs)
        {
            if (full.StartsWith(dir.TrimEnd('/') + "/", StringComparison.Ordinal) && File.Exists(full))
                return (Path.GetRelativePath(dir, full), null);
        }

        var isPath = Path.IsPathRooted(header) || header.Contains('/', StringComparison.Ordinal) || header.StartsWith('.');
        if (!isPath || !File.Exists(full))
            return (header, null);
        var folder = Path.GetDirectoryName(full)!;
        if (SystemIncludeDirs.Contains(folder))
            return (Path.GetFileName(full), null);
        return (Path.GetFileName(full), Near(draftFolder, folder));
    }

    /// <summary>Where a C compiler looks last, and so does the header reader: headers there need no include dir.</summary>
    private static readonly string[] SystemIncludeDirs = ["/usr/include", "/usr/local/include"];

    /// <summary>
    /// A folder relative to the draft's when both are in the same tree (a project's own headers: their first path
    /// segment is the same), else absolute (<c>/opt/foo/include</c> from a draft under <c>/home</c>).
    /// </summary>
    private static string Near(string draftFolder, string folder)
    {
        static string First(string path) => path.TrimStart('/').Split('/')[0];
        return First(draftFolder) == First(folder) ? Path.GetRelativePath(draftFolder, folder) : folder;
    }
}
