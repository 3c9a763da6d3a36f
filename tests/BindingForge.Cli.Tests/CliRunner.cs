using BindingForge.Cli;

namespace BindingForge.Cli.Tests;

/// <summary>Runs the real command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public static Run Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.RunAsync(args, output, error).GetAwaiter().GetResult();
        return new Run(code, output.ToString(), error.ToString());
    }

    /// <summary>The repository root, found from the test's output folder.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BindingForge.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("BindingForge.sln not found above the test folder");
    }

    public static string TempDir()
    {
        var path = Path.Combine(Path.GetTempPath(), "bf-cli-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }
}
