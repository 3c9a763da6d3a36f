using System.Diagnostics;

namespace BindingForge.Review.Diff;

/// <summary>
/// Reads files at a git revision, for <c>bindingforge diff --git BASE</c>: runs the <c>git</c> command line in the
/// repository that holds the contract. A file that did not exist at the revision reads as null, not as an error;
/// folders are extracted as they were at the revision (<see cref="Extract"/>), for headers vendored in the repository.
/// </summary>
public static class GitRevisionReader
{
    /// <summary>The result of a git command: its output, or why it failed.</summary>
    public sealed record GitResult(string? Output, string? Error);

    /// <summary>The top folder of the repository that contains <paramref name="folder"/>.</summary>
    public static GitResult RepositoryRoot(string folder)
    {
        var result = Run(folder, "rev-parse", "--show-toplevel");
        return result.Error is null ? result with { Output = result.Output!.Trim() } : result;
    }

    /// <summary>The text of <paramref name="relativePath"/> at <paramref name="revision"/>; null output (and no error) when the file did not exist there.</summary>
    public static GitResult Show(string root, string revision, string relativePath)
    {
        var result = Run(root, "show", $"{revision}:{relativePath.Replace('\\', '/')}");
        if (result.Error is { } error && (error.Contains("does not exist in", StringComparison.Ordinal) || error.Contains("exists on disk, but not in", StringComparison.Ordinal)))
            return new GitResult(null, null);
        return result;
    }

    /// <summary>The files that differ between <paramref name="revision"/> and the working tree, relative to the root.</summary>
    public static (IReadOnlyList<string> Files, string? Error) Changed(string root, string revision) => Lines(Run(root, "diff", "--name-only", revision, "--"));

    /// <summary>The YAML files the working tree tracks, relative to the root.</summary>
    public static (IReadOnlyList<string> Files, string? Error) TrackedYaml(string root) => Lines(Run(root, "ls-files", "--", "*.yaml", "*.yml"));

    private static (IReadOnlyList<string> Files, string? Error) Lines(GitResult result) =>
        result.Error is not null ? ([], result.Error) : ([.. result.Output!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], null);

    /// <summary>
    /// Writes the files under each of <paramref name="folders"/> (relative to the root) as they were at
    /// <paramref name="revision"/> into <paramref name="destination"/>, at the same relative paths (<c>git archive</c>).
    /// A folder that did not exist at the revision is skipped. Returns null, or why nothing could be extracted.
    /// </summary>
    public static string? Extract(string root, string revision, IEnumerable<string> folders, string destination)
    {
        Directory.CreateDirectory(destination);
        string? failure = null;
        foreach (var folder in folders)
        {
            failure = ExtractOne(root, revision, folder, destination) ?? failure;
        }

        return failure;
    }

    /// <summary>One folder; null when extracted or absent at the revision (git says its pathspec did not match).</summary>
    private static string? ExtractOne(string root, string revision, string folder, string destination)
    {
        var start = Start(root, "archive", "--format=tar", revision, "--", folder.Replace('\\', '/'));
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            Exception? unreadable = null;
            try
            {
                Untar(process.StandardOutput.BaseStream, destination);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
            {
                unreadable = e; // on a git failure the archive is empty: git's message says more
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
                return error.Result.Contains("did not match", StringComparison.Ordinal) ? null : $"git archive {revision} -- {folder}: {error.Result.Trim()}";
            return unreadable is null ? null : $"cannot extract {folder} at {revision}: {unreadable.Message}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return $"cannot run git: {e.Message}";
        }
    }

    /// <summary>Regular files only, kept inside <paramref name="destination"/> (an entry that climbs out is skipped).</summary>
    private static void Untar(Stream tar, string destination)
    {
        var top = Path.GetFullPath(destination) + Path.DirectorySeparatorChar;
        using var reader = new System.Formats.Tar.TarReader(tar);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (System.Formats.Tar.TarEntryType.RegularFile or System.Formats.Tar.TarEntryType.V7RegularFile))
                continue;
            var target = Path.GetFullPath(Path.Combine(destination, entry.Name));
            if (!target.StartsWith(top, StringComparison.Ordinal))
                continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true);
        }
    }

    private static ProcessStartInfo Start(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return start;
    }

    private static GitResult Run(string folder, params string[] arguments)
    {
        var start = Start(folder, arguments);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? new GitResult(output.Result, null) : new GitResult(null, $"git {string.Join(' ', arguments)}: {error.Trim()}");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return new GitResult(null, $"cannot run git: {e.Message}");
        }
    }
}
