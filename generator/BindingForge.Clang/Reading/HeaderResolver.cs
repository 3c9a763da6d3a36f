using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Turns the header names of a request into full paths, the way a C compiler looks for
/// <c>#include &lt;name&gt;</c>: a rooted path as is; otherwise the include directories in order, then the
/// current directory, then the system folders. A header that is nowhere is a BF1002 error.
/// </summary>
internal static class HeaderResolver
{
    /// <summary>The system folders searched after the include directories, in gcc's order.</summary>
    public static IReadOnlyList<string> SystemIncludeDirs { get; } = ["/usr/local/include", "/usr/include"];

    /// <param name="headers">The header names as given.</param>
    /// <param name="includeDirs">The <c>-I</c> directories, searched first.</param>
    /// <param name="namedAt">Where each header was named; a missing one is reported there, else at its own path.</param>
    /// <param name="diagnostics">Where a missing header is reported (BF1002).</param>
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> headers, IReadOnlyList<string> includeDirs,
        IReadOnlyDictionary<string, SourceLocation> namedAt, DiagnosticBag diagnostics)
    {
        if (headers.Count == 0)
            diagnostics.Error(ClangDiagnosticIds.HeaderNotFound, "No header to read: name at least one header.");
        var resolved = new List<string>();
        foreach (var header in headers)
        {
            var path = Find(header, includeDirs);
            if (path is null)
            {
                var searched = string.Join(", ", includeDirs.Concat(["."]).Concat(SystemIncludeDirs));
                diagnostics.Error(ClangDiagnosticIds.HeaderNotFound, $"Header '{header}' was not found (searched {searched}).",
                    namedAt.TryGetValue(header, out var at) ? at : new SourceLocation(header, 1, 1));
            }
            else if (!resolved.Contains(path, StringComparer.Ordinal))
            {
                resolved.Add(path);
            }
        }
        return resolved;
    }

    private static string? Find(string header, IReadOnlyList<string> includeDirs)
    {
        if (string.IsNullOrWhiteSpace(header))
            return null;
        if (Path.IsPathRooted(header))
            return File.Exists(header) ? Path.GetFullPath(header) : null;
        var dirs = includeDirs.Concat([Directory.GetCurrentDirectory()]).Concat(SystemIncludeDirs);
        return dirs.Select(dir => Path.GetFullPath(Path.Combine(dir, header))).FirstOrDefault(File.Exists);
    }
}
