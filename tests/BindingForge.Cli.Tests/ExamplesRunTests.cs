using System.Diagnostics;

namespace BindingForge.Cli.Tests;

/// <summary>Runs the built example programs (the solution build builds them) and checks what they print.</summary>
public sealed class ExamplesRunTests
{
    [Fact]
    public void Thin_sqlite3_example_opens_inserts_and_queries()
    {
        var output = RunExample("Sqlite3Thin");
        Assert.Contains("inserted 3 rows, last rowid 3", output);
        Assert.Contains("1: Ada (36)", output);
        Assert.Contains("2: Grace (45)", output);
        Assert.DoesNotContain("Linus", output);
    }

    [Fact]
    public void Thin_zlib_example_round_trips_and_streams()
    {
        var output = RunExample("ZlibThin");
        Assert.Contains("round trip ok", output);
        Assert.Contains("(z_stream is 112 bytes)", output);
        Assert.Matches(@"crc32 [0-9a-f]{8}", output);
    }

    [Fact]
    public void Safe_sqlite3_example_uses_handles_callbacks_and_errors()
    {
        var output = RunExample("Sqlite3Safe");
        Assert.Contains("foreign keys on", output);
        Assert.Contains("sqlite log 27: 100% of this line is text", output);
        Assert.Contains("inserted 3 rows, last rowid 3", output);
        Assert.Contains("1: Ada (36, 3 UTF-8 bytes)", output);
        Assert.Contains("exec row: name = Linus", output);
        Assert.Contains("count = 3, rest: ' SELECT 1'", output);
        Assert.Contains("twice(36) = 72", output);
        Assert.Contains("error Error: no such table: missing", output); // the code is ResultCode.Error, the library's enum
    }

    [Fact]
    public void Safe_zlib_example_round_trips_streams_and_reports_errors()
    {
        var output = RunExample("ZlibSafe");
        Assert.Contains("round trip ok", output);
        Assert.Contains("crc32 5616e2e6, adler32 038c0c23", output);
        Assert.Contains("error -5: buffer error", output);
    }

    private static string RunExample(string name)
    {
        var bin = Path.Combine(CliRunner.RepoRoot, "examples", name, "bin");
        var dll = Directory.Exists(bin)
            ? Directory.GetFiles(bin, name + ".dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        Assert.True(dll is not null, $"examples/{name} is not built: build BindingForge.sln first");

        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), $"{name} did not finish");
        Assert.True(process.ExitCode == 0, $"{name} exited {process.ExitCode}: {stderr}");
        return stdout.Result;
    }
}
