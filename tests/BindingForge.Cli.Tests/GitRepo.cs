using System.Diagnostics;

namespace BindingForge.Cli.Tests;

/// <summary>Git commands for the tests that build a throwaway repository; a failing command fails the test.</summary>
internal static class GitRepo
{
    public static void Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {process.StandardError.ReadToEnd()}");
    }

    /// <summary>Stages everything and commits it as a test user.</summary>
    public static void Commit(string folder, string message)
    {
        Run(folder, "add", "-A");
        Run(folder, "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message);
    }
}
