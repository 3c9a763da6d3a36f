using System.Text;
using BindingForge.Fuzz;

namespace BindingForge.Contracts.Tests;

/// <summary>
/// The contract loader's fuzz target (tests/fuzz, docs/fuzzing.md) run without a fuzzer: every contract of the
/// repository and the hostile corpus, and fixed mutations of each (cuts, byte flips, hostile bytes, repeated and
/// swapped lines), must load and bind without an exception and with every refusal coded and placed. A fuzzer
/// explores much further; this keeps the target working and the seeds' neighbourhood clean on every CI run.
/// </summary>
public sealed class FuzzTargetTests
{
    private static readonly ContractTarget Target = new(TestHeader.Model);

    /// <summary>Bytes that make YAML and C# text go wrong: breaks of every kind, quotes, indentation, flow
    /// markers, anchors, tags, NUL, a UTF-8 lead byte with no continuation, a BOM.</summary>
    private static readonly byte[][] Hostile =
    [
        "\n"u8.ToArray(), "\r"u8.ToArray(), "\u2028"u8.ToArray(), "\u0085"u8.ToArray(), "\t"u8.ToArray(), "\""u8.ToArray(),
        "'"u8.ToArray(), ": "u8.ToArray(), "- "u8.ToArray(), "{"u8.ToArray(), "]"u8.ToArray(), "&a "u8.ToArray(),
        "*a"u8.ToArray(), "!!binary "u8.ToArray(), "<<: "u8.ToArray(), "\0"u8.ToArray(), [0xC3], [0xEF, 0xBB, 0xBF],
        "\u202E"u8.ToArray(), "#"u8.ToArray(),
    ];

    public static TheoryData<string> Seeds() =>
        [.. RepositoryFiles.Contracts().Concat(HostileContracts())];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_seed_and_its_mutations_load_without_an_exception_and_every_error_is_placed(string seed)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, seed));
        var random = new Random(seed.Length * 7919 + bytes.Length);
        var crashes = new List<string>();
        foreach (var (how, input) in Mutations(bytes, random))
        {
            try
            {
                Target.Run(input);
            }
            catch (Exception e)
            {
                crashes.Add($"{how}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(crashes.Count == 0, $"{seed}:\n" + string.Join("\n", crashes.Take(10)));
    }

    [Theory]
    [InlineData("X1", 1, 1, "a diagnostic without a BFnnnn code")]
    [InlineData("BF2001", 0, 0, "an error outside the input's 2 line(s)")]
    [InlineData("BF2001", 3, 1, "an error outside the input's 2 line(s)")]
    public void A_broken_promise_is_a_crash_the_fuzzer_sees(string id, int line, int column, string complaint)
    {
        var error = new Model.Diagnostics.Diagnostic(id, Model.Diagnostics.DiagnosticSeverity.Error, "refused",
            new Model.SourceLocation(ContractTarget.InputName, line, column));

        var e = Assert.Throws<BrokenPromiseException>(() => ContractTarget.Check([error], "bindingforge: 1\nlibrary: {}"u8));

        Assert.StartsWith(complaint, e.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> HostileContracts() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "tests", "hostile"), "contract.yaml", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryFiles.Root, p));

    private static IEnumerable<(string How, byte[] Input)> Mutations(byte[] seed, Random random)
    {
        yield return ("as is", seed);
        for (var i = 1; i <= 24; i++)
        {
            var at = seed.Length * i / 25;
            yield return ($"cut at {at}", seed[..at]);
        }

        for (var i = 0; i < 40; i++)
        {
            var copy = (byte[])seed.Clone();
            var at = random.Next(copy.Length);
            copy[at] ^= (byte)(1 << random.Next(8));
            yield return ($"bit flip at {at}", copy);
        }

        for (var i = 0; i < 40; i++)
        {
            var at = random.Next(seed.Length + 1);
            var insert = Hostile[random.Next(Hostile.Length)];
            yield return ($"insert {Convert.ToHexString(insert)} at {at}", [.. seed[..at], .. insert, .. seed[at..]]);
        }

        var lines = Encoding.UTF8.GetString(seed).Split('\n');
        for (var i = 0; i < Math.Min(lines.Length, 20); i++)
        {
            var line = random.Next(lines.Length);
            var other = random.Next(lines.Length);
            var repeated = lines.Take(line + 1).Append(lines[line]).Concat(lines.Skip(line + 1));
            var swapped = lines.Select((l, k) => k == line ? lines[other] : k == other ? lines[line] : l);
            yield return ($"line {line + 1} repeated", Encoding.UTF8.GetBytes(string.Join('\n', repeated)));
            yield return ($"lines {line + 1} and {other + 1} swapped", Encoding.UTF8.GetBytes(string.Join('\n', swapped)));
        }
    }
}
