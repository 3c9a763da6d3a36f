using BindingForge.Review.Diff;

namespace BindingForge.Cli.Tests;

/// <summary>Folders extracted as they were at a revision, whatever the working tree holds, and what is not there.</summary>
public sealed class GitRevisionReaderTests
{
    [Fact]
    public void Extract_writes_the_files_of_the_revision_not_of_the_working_tree()
    {
        var repo = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(repo, "vendor", "inc"));
        File.WriteAllText(Path.Combine(repo, "vendor", "inc", "a.h"), "int a(void);\n");
        File.WriteAllText(Path.Combine(repo, "other.txt"), "not asked for\n");
        GitRepo.Run(repo, "init", "-q");
        GitRepo.Commit(repo, "v1");
        File.WriteAllText(Path.Combine(repo, "vendor", "inc", "a.h"), "long a(void);\n");
        var copy = Path.Combine(CliRunner.TempDir(), "copy");

        var failure = GitRevisionReader.Extract(repo, "HEAD", ["vendor", "missing-at-head"], copy);

        Assert.Null(failure);
        Assert.Equal("int a(void);\n", File.ReadAllText(Path.Combine(copy, "vendor", "inc", "a.h")));
        Assert.False(File.Exists(Path.Combine(copy, "other.txt")));
    }

    [Fact]
    public void Extract_at_an_unknown_revision_says_why()
    {
        var repo = CliRunner.TempDir();
        GitRepo.Run(repo, "init", "-q");

        var failure = GitRevisionReader.Extract(repo, "no-such-revision", ["."], Path.Combine(CliRunner.TempDir(), "copy"));

        Assert.NotNull(failure);
        Assert.Contains("no-such-revision", failure);
    }
}
