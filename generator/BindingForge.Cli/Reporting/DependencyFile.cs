namespace BindingForge.Cli.Reporting;

/// <summary>
/// <c>generate --depfile FILE</c>: the inputs of the run, one full path a line (the contract first, then every file
/// the parse opened, sorted), so a build task can tell that nothing changed without running the generator. Written
/// through a temporary file, so a reader never sees half a list.
/// </summary>
internal static class DependencyFile
{
    public static void Write(string path, string? contractPath, IEnumerable<string> includedFiles)
    {
        var lines = new List<string>();
        if (contractPath is not null)
            lines.Add(Path.GetFullPath(contractPath));
        lines.AddRange(includedFiles.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        if (Path.GetDirectoryName(path) is { Length: > 0 } dir)
            Directory.CreateDirectory(dir);
        var temp = path + ".tmp";
        File.WriteAllLines(temp, lines);
        File.Move(temp, path, overwrite: true);
    }
}
