using System.Text.RegularExpressions;

namespace BindingForge.Cli.Tests;

/// <summary>
/// The corpus of broken and malicious inputs under <c>tests/hostile/</c>: each folder's <c>expected.txt</c> names the
/// exit code and the diagnostics, each at its file, line and column, that <c>generate --verify-output</c> must give
/// (format in tests/hostile/README.md).
/// </summary>
public sealed partial class HostileCorpusTests
{
    private static string Root => Path.Combine(CliRunner.RepoRoot, "tests", "hostile");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(Root).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_hostile_input_gives_its_diagnostics_at_their_place(string name)
    {
        var folder = Path.Combine(Root, name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).ToList();
        var exit = int.Parse(expected[0]["exit: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var outDir = Path.Combine(CliRunner.TempDir(), "out");
        var contract = Path.Combine(folder, "contract.yaml");
        string[] source = File.Exists(contract)
            ? [contract, "--style", "safe"]
            : ["--header", Path.Combine(folder, "input.h"), "--library", "h", "--class", "H", "--namespace", "H"];

        var run = CliRunner.Invoke(["generate", .. source, "--out", outDir, "--verify-output"]);

        var printed = Located().Matches(run.Error)
            .Select(m => $"{m.Groups["severity"].Value} {m.Groups["id"].Value} {Path.GetRelativePath(folder, m.Groups["file"].Value)}({m.Groups["line"].Value},{m.Groups["col"].Value})")
            .ToList();
        Assert.True(run.ExitCode == exit, $"exit {run.ExitCode}, expected {exit}:\n{run.Error}");
        foreach (var line in expected.Skip(1))
            Assert.True(printed.Contains(line), $"'{line}' was not printed; printed:\n{run.Error}");
        var unexpected = printed.Where(p => p.StartsWith("error ", StringComparison.Ordinal) && !expected.Contains(p)).ToList();
        Assert.True(unexpected.Count == 0, "unexpected errors: " + string.Join("; ", unexpected));
        Assert.Equal(exit == 0, Directory.Exists(outDir));
    }

    [GeneratedRegex(@"^(?<file>/[^\n(]+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning|info) (?<id>BF\d{4}):", RegexOptions.Multiline)]
    private static partial Regex Located();
}
