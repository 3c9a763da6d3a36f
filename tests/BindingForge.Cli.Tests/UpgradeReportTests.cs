using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BindingForge.Cli.Tests;

/// <summary>
/// An upgrade of the fixture library's header (tests/native/fixture.h to tests/upgrade/v2/fixture.h: an enum
/// renumbered, a struct resized, a parameter retyped with the same count, a return changed, a function renamed and
/// one added) with its contract unchanged, reviewed the three ways a pull request can be: two contract files,
/// <c>diff --git</c> over an upgrade commit with vendored headers (that also edits the header list), and
/// <c>diff --git</c> with the headers outside the repository (the older side from its committed API record). The
/// reports are golden files under tests/upgrade (BF_UPDATE_GOLDEN=1 rewrites them).
/// </summary>
public sealed partial class UpgradeReportTests
{
    private static string Upgrade => Path.Combine(CliRunner.RepoRoot, "tests", "upgrade");
    private static string V1Header => Path.Combine(CliRunner.RepoRoot, "tests", "native", "fixture.h");
    private static string V1Contract => Path.Combine(CliRunner.RepoRoot, "tests", "native", "fixture.yaml");
    private static string V2Header => Path.Combine(Upgrade, "v2", "fixture.h");
    private static string V2Contract => Path.Combine(Upgrade, "v2", "fixture.yaml");

    [Fact]
    public void Two_contract_files_report_every_surface_change_and_fail_on_the_contract_error()
    {
        var run = CliRunner.Invoke("diff", V1Contract, V2Contract, "--fail-on", "breaking");

        Golden("expected.files.md", run.Output);
        Assert.Equal(1, run.ExitCode); // the unchanged contract names bf_utf16_length, which v2 renamed
        Assert.StartsWith(Path.Combine("tests", "upgrade", "v2", "fixture.yaml") + "(", Normalize(run.Error));
        Assert.Contains("error BF2401", run.Error);
    }

    [Fact]
    public void Diff_git_reads_the_older_side_and_its_vendored_headers_at_the_revision()
    {
        var repo = Repository(vendored: true);
        File.Move(Path.Combine(repo, "lib", "fixture.h"), Path.Combine(repo, "lib", "bffixture.h"));
        File.Copy(V2Header, Path.Combine(repo, "lib", "bffixture.h"), overwrite: true);
        var contract = Path.Combine(repo, "lib", "fixture.yaml");
        File.WriteAllText(contract, File.ReadAllText(contract).Replace("headers: [fixture.h]", "headers: [bffixture.h]", StringComparison.Ordinal));
        GitRepo.Commit(repo, "upgrade bffixture to version 2");

        var named = CliRunner.Invoke("diff", "--git", "HEAD~1", contract);
        var found = Subprocess(repo, "diff", "--git", "HEAD~1");

        Golden("expected.git.md", named.Output);
        Assert.Equal(1, named.ExitCode);
        Assert.Equal(Normalize(named.Output), Normalize(found.Output)); // an upgrade commit is found without naming the contract
    }

    [Fact]
    public void Headers_outside_the_repository_are_represented_by_the_api_record_at_the_revision()
    {
        var headers = CliRunner.TempDir();
        File.Copy(V1Header, Path.Combine(headers, "fixture.h"));
        var repo = Repository(vendored: false, headers);
        var contract = Path.Combine(repo, "lib", "fixture.yaml");
        var written = CliRunner.Invoke("check", contract, "--update-api");
        Assert.True(written.ExitCode == 0, written.Error);
        GitRepo.Commit(repo, "API record");
        File.Copy(V2Header, Path.Combine(headers, "fixture.h"), overwrite: true); // the machine's headers are upgraded

        var run = CliRunner.Invoke("diff", "--git", "HEAD", contract);
        var check = CliRunner.Invoke("check", contract);
        var strict = CliRunner.Invoke("check", contract, "--strict");

        Assert.Contains("old: API record `lib/fixture.api.txt` at `HEAD` (headers outside the repository)", run.Output);
        Assert.Contains("**14 binary-breaking** · **1 source-breaking** · 2 additive", run.Output);
        Assert.Contains("- **record `bf_accumulator`** (`bf_accumulator`, `Accumulator`): layout changes: struct size 24 align 8 → struct size 32 align 8", run.Output);
        Assert.Matches(@"fixture\.api\.txt\(\d+,1\): warning BF2501: binary-breaking: enum `bf_kind` enumerator `BF_KIND_CHILD`: is renumbered: 2 → 3", check.Error);
        Assert.Matches(@"fixture\.api\.txt\(\d+,1\): warning BF2502: additive: function `bf_object_get_id`", check.Error);
        Assert.Equal(1, strict.ExitCode);
        Assert.Matches(@"fixture\.api\.txt\(\d+,1\): error BF2501: binary-breaking: record `bf_accumulator`", strict.Error);
    }

    [Fact]
    public void Without_a_committed_record_outside_headers_leave_the_surface_unknown_not_unchanged()
    {
        var headers = CliRunner.TempDir();
        File.Copy(V1Header, Path.Combine(headers, "fixture.h"));
        var repo = Repository(vendored: false, headers);
        File.Copy(V2Header, Path.Combine(headers, "fixture.h"), overwrite: true);

        var run = CliRunner.Invoke("diff", "--git", "HEAD", Path.Combine(repo, "lib", "fixture.yaml"));

        Assert.Contains("not compared, one side's surface is unknown", run.Output);
        Assert.Contains("warning BF2511", run.Error);
    }

    [Fact]
    public void Update_api_writes_the_record_and_check_is_then_clean()
    {
        var repo = Repository(vendored: true);
        var contract = Path.Combine(repo, "lib", "fixture.yaml");

        var before = CliRunner.Invoke("check", contract, "-v");
        var update = CliRunner.Invoke("check", contract, "--update-api");
        var after = CliRunner.Invoke("check", contract, "-v");
        var again = CliRunner.Invoke("check", contract, "--update-api");

        Assert.Contains("info BF2500", before.Error);
        Assert.Contains("wrote the API record", update.Output);
        Assert.DoesNotContain("BF25", after.Error);
        Assert.Contains("the API record is current", again.Output);
        Assert.StartsWith("# BindingForge API record", File.ReadAllText(Path.Combine(repo, "lib", "fixture.api.txt")));
    }

    [Fact]
    public void Generate_reports_a_stale_record_at_its_lines_and_still_writes_the_bindings()
    {
        var repo = Repository(vendored: true);
        var contract = Path.Combine(repo, "lib", "fixture.yaml");
        var written = CliRunner.Invoke("generate", contract, "--out", Path.Combine(repo, "out1"), "--update-api", "--quiet");
        File.Copy(V2Header, Path.Combine(repo, "lib", "fixture.h"), overwrite: true);
        File.WriteAllText(contract, File.ReadAllText(contract).Replace("  bf_utf16_length:", "  bf_utf16_units:", StringComparison.Ordinal));

        var stale = CliRunner.Invoke("generate", contract, "--out", Path.Combine(repo, "out2"), "--quiet");

        Assert.True(written.ExitCode == 0, written.Error);
        Assert.True(stale.ExitCode == 0, stale.Error);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(repo, "out2")));
        Assert.Matches(@"fixture\.api\.txt\(\d+,1\): warning BF2501: binary-breaking: record `bf_accumulator`: layout changes", stale.Error);
        Assert.Matches(@"fixture\.api\.txt\(\d+,1\): warning BF2501: source-breaking: function `bf_utf16_length`: removed; `bf_utf16_units` has the same C signature", stale.Error);
    }

    /// <summary>A git repository holding the v1 contract in lib/, with fixture.h beside it or in <paramref name="headers"/> outside.</summary>
    private static string Repository(bool vendored, string? headers = null)
    {
        var repo = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(repo, "lib"));
        var text = File.ReadAllText(V1Contract).Replace("$schema=../../contracts", "$schema=../contracts", StringComparison.Ordinal);
        if (vendored)
            File.Copy(V1Header, Path.Combine(repo, "lib", "fixture.h"));
        else
            text = text.Replace("include_dirs: [.]", $"include_dirs: [{headers}]", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(repo, "lib", "fixture.yaml"), text);
        GitRepo.Run(repo, "init", "-q");
        GitRepo.Commit(repo, "bffixture version 1");
        return repo;
    }

    /// <summary>The built CLI in <paramref name="folder"/> as a separate process (diff --git without a path looks in the current folder).</summary>
    private static CliRunner.Run Subprocess(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "bindingforge.dll"), .. arguments])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRunner.Run(process.ExitCode, output.Result, error);
    }

    /// <summary>Paths made machine-independent: the repository root and temporary folders dropped.</summary>
    private static string Normalize(string text) =>
        TempPath().Replace(text.Replace(CliRunner.RepoRoot + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal), string.Empty);

    [GeneratedRegex(@"[^\s`(]*bf-cli-[0-9a-f]{8}/")]
    private static partial Regex TempPath();

    private static void Golden(string name, string actual)
    {
        var path = Path.Combine(Upgrade, name);
        var text = Normalize(actual);
        if (Environment.GetEnvironmentVariable("BF_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, text);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run with BF_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(path), text);
    }
}
