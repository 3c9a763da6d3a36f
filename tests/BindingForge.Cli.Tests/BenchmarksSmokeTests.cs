using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BindingForge.Cli.Tests;

/// <summary>
/// Runs the built benchmark assembly (the solution build builds it) with <c>--smoke</c>: every benchmark method
/// runs once with tiny sizes outside BenchmarkDotNet and checks its own result (the select reads back what the
/// insert wrote, deflate output inflates to the input, each call returns the known value).
/// </summary>
public sealed class BenchmarksSmokeTests
{
    [Fact]
    public void Every_benchmark_starts_and_produces_correct_results()
    {
        var (exitCode, output, error) = RunSmoke();

        Assert.True(exitCode == 0, $"--smoke exited {exitCode}:\n{output}\n{error}");
        var summary = Regex.Match(output, @"smoke: (\d+) benchmark cases ok in (\d+) classes");
        Assert.True(summary.Success, $"no smoke summary line in:\n{output}");
        Assert.True(int.Parse(summary.Groups[1].Value) >= 30, $"too few benchmark cases ran:\n{output}");
        Assert.DoesNotContain("FAIL", output);
    }

    [Fact]
    public void Smoke_covers_every_sqlite_binding_and_the_zlib_workload()
    {
        var (_, output, _) = RunSmoke();

        foreach (var variant in new[] { "thin", "safehandle", "sqlitepclraw", "mds" })
        {
            Assert.Contains($"ok   sqlite-insert (Variant={variant}, Rows=2000)", output);
            Assert.Contains($"ok   sqlite-select (Variant={variant}, Rows=2000)", output);
        }
        Assert.Contains("ok   zlib-deflate (Variant=thin, Mebibytes=1)", output);
        Assert.Contains("ok   handle/safehandle", output);
        Assert.Contains("ok   leaf-sgt/thin", output);
    }

    private static (int ExitCode, string Output, string Error) RunSmoke()
    {
        var bin = Path.Combine(CliRunner.RepoRoot, "benchmarks", "BindingForge.Benchmarks", "bin");
        var dll = Directory.Exists(bin)
            ? Directory.GetFiles(bin, "BindingForge.Benchmarks.dll", SearchOption.AllDirectories)
                .Where(f => File.Exists(Path.ChangeExtension(f, ".runtimeconfig.json")))
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault()
            : null;
        Assert.True(dll is not null, "benchmarks/BindingForge.Benchmarks is not built: build BindingForge.sln first");

        var start = new ProcessStartInfo("dotnet", [dll, "--smoke"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = CliRunner.RepoRoot,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the benchmark smoke run did not finish within 60 s");
        return (process.ExitCode, stdout.Result, stderr);
    }
}
