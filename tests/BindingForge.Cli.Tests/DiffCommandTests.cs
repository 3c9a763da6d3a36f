namespace BindingForge.Cli.Tests;

/// <summary>
/// <c>bindingforge diff</c> on two versions of contracts/sqlite3.yaml, from files and from git, with the
/// exit code CI uses (<c>--fail-on</c>).
/// </summary>
public sealed class DiffCommandTests
{
    private const string OwnedLine = "    returns: { string: utf8, owned: { free: sqlite3_free }, null_is_error: true, null_code: SQLITE_NOMEM }";
    private const string BorrowedLine = "    returns: { string: utf8, borrowed: true, null_is_error: true, null_code: SQLITE_NOMEM }";

    private static string Original => File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "contracts", "sqlite3.yaml"));

    private static (string Old, string New) Versions(string changed)
    {
        var folder = CliRunner.TempDir();
        var (oldPath, newPath) = (Path.Combine(folder, "old.yaml"), Path.Combine(folder, "new.yaml"));
        File.WriteAllText(oldPath, Original);
        File.WriteAllText(newPath, changed);
        return (oldPath, newPath);
    }

    [Fact]
    public void An_owned_return_turned_borrowed_is_reported_as_breaking()
    {
        Assert.Contains(OwnedLine, Original);
        var (oldPath, newPath) = Versions(Original.Replace(OwnedLine, BorrowedLine, StringComparison.Ordinal));

        var report = CliRunner.Invoke("diff", oldPath, newPath);
        var gate = CliRunner.Invoke("diff", oldPath, newPath, "--fail-on", "breaking");

        Assert.Equal(0, report.ExitCode);
        Assert.Contains("**1 breaking** · 0 behaviour · 0 additive", report.Output);
        Assert.Contains("#### Breaking", report.Output);
        Assert.Contains("- **`sqlite3_expanded_sql` return** (`Statement.ExpandedSql`): owned (freed with `sqlite3_free`) → borrowed", report.Output);
        Assert.Equal(2, gate.ExitCode);
    }

    [Fact]
    public void Behaviour_changes_fail_only_from_behaviour_up()
    {
        var (oldPath, newPath) = Versions(Original.Replace("    threading: free-threaded", "    threading: exclusive", StringComparison.Ordinal));

        Assert.Equal(0, CliRunner.Invoke("diff", oldPath, newPath, "--fail-on", "breaking").ExitCode);
        var behaviour = CliRunner.Invoke("diff", oldPath, newPath, "--fail-on", "behaviour");
        Assert.Equal(2, behaviour.ExitCode);
        Assert.Contains("threading: free-threaded → threading: exclusive", behaviour.Output);
    }

    [Fact]
    public void Identical_contracts_have_no_semantic_change()
    {
        var (oldPath, newPath) = Versions(Original);

        var run = CliRunner.Invoke("diff", oldPath, newPath, "--fail-on", "any");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No semantic change.", run.Output);
    }

    [Fact]
    public void Git_base_is_compared_with_the_working_tree()
    {
        var folder = CliRunner.TempDir();
        var contract = Path.Combine(folder, "contracts", "sqlite3.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(contract)!);
        File.WriteAllText(contract, Original);
        GitRepo.Run(folder, "init", "-q");
        GitRepo.Commit(folder, "base");
        File.WriteAllText(contract, Original.Replace(OwnedLine, BorrowedLine, StringComparison.Ordinal));

        var named = CliRunner.Invoke("diff", "--git", "HEAD", contract, "--fail-on", "breaking");
        var unknown = CliRunner.Invoke("diff", "--git", "no-such-revision", contract);

        Assert.True(named.ExitCode == 2, named.Error);
        Assert.Contains("(`HEAD` → `working tree`)", named.Output);
        Assert.Contains("`sqlite3_expanded_sql` return", named.Output);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("error BF2400", unknown.Error);
    }
}
