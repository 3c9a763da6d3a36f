namespace BindingForge.Cli.Tests;

/// <summary>
/// The examples compile against bindings checked in under Generated/. These tests regenerate them with the CLI,
/// exactly as scripts/example.sh does, and fail when the checked-in copy is stale.
/// Set BF_UPDATE_GOLDEN=1 to rewrite them.
/// </summary>
public sealed class ExampleBindingsAreFreshTests
{
    public static TheoryData<string, string[]> Examples => new()
    {
        { "Sqlite3Thin", ["--header", "/usr/include/sqlite3.h", "--library", "sqlite3", "--namespace", "Examples.Sqlite3", "--class", "Sqlite3", "--style", "thin"] },
        { "ZlibThin", ["--header", "/usr/include/zlib.h", "--library", "z", "--namespace", "Examples.Zlib", "--class", "Zlib", "--style", "thin"] },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Checked_in_bindings_match_a_fresh_generation(string example, string[] flags)
    {
        var checkedIn = Path.Combine(CliRunner.RepoRoot, "examples", example, "Generated");
        var fresh = Path.Combine(CliRunner.TempDir(), "Generated");
        var run = CliRunner.Invoke(["generate", .. flags, "--out", fresh, "--quiet"]);
        Assert.True(run.ExitCode == 0, run.Error);

        if (Environment.GetEnvironmentVariable("BF_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(checkedIn))
                Directory.Delete(checkedIn, recursive: true);
            CopyDirectory(fresh, checkedIn);
            return;
        }

        foreach (var file in Directory.GetFiles(fresh))
        {
            var name = Path.GetFileName(file);
            var old = Path.Combine(checkedIn, name);
            Assert.True(File.Exists(old), $"examples/{example}/Generated/{name} is missing: run scripts/example.sh or BF_UPDATE_GOLDEN=1");
            Assert.True(File.ReadAllText(old) == File.ReadAllText(file), $"examples/{example}/Generated/{name} is stale: rerun with BF_UPDATE_GOLDEN=1");
        }
        Assert.Equal(Directory.GetFiles(fresh).Length, Directory.GetFiles(checkedIn).Length);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
