using System.Diagnostics;

namespace BindingForge.Review.Diff;

/// <summary>
/// Reads files at a git revision, for <c>bindingforge diff --git BASE</c>: runs the <c>git</c> command line in the
/// repository that holds the contract. A file that did not exist at the revision reads as null, not as an error.
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

    /// <summary>The YAML files that differ between <paramref name="revision"/> and the working tree, relative to the root.</summary>
    public static (IReadOnlyList<string> Files, string? Error) ChangedYaml(string root, string revision)
    {
        var result = Run(root, "diff", "--name-only", revision, "--", "*.yaml", "*.yml");
        if (result.Error is not null)
            return ([], result.Error);
        return ([.. result.Output!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], null);
    }

    private static GitResult Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
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
