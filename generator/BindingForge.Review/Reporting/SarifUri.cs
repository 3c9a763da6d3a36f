namespace BindingForge.Review.Reporting;

/// <summary>
/// The <c>artifactLocation.uri</c> of a file: relative, with forward slashes and escaped characters, when the file
/// is under the base folder (a repository checkout); an absolute <c>file://</c> URI otherwise.
/// </summary>
internal static class SarifUri
{
    public static string For(string path, string baseDirectory)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Path.GetFullPath(baseDirectory), full);
        if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            return string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
        return new Uri(full).AbsoluteUri;
    }
}
