using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// Several C functions the contract renames to one method name become overloads when their parameters differ; with
/// the same parameters it is BF3510, an error at the contract entry, and never a silently suffixed name.
/// </summary>
public sealed class MethodNameCollisionTests
{
    private static GenerationResult Generate(string amendments, params (string From, string To)[] edits)
    {
        using var directory = new TempDirectory();
        var native = Path.Combine(SafeBindings.Root, "tests", "native");
        var text = File.ReadAllText(Path.Combine(native, "fixture.yaml"))
            .Replace("include_dirs: [.]", $"include_dirs: [\"{native}\"]", StringComparison.Ordinal);
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        text = text.TrimEnd() + "\n" + amendments;
        var path = Path.Combine(directory.Path, "fixture.yaml");
        File.WriteAllText(path, text);
        return new VerifiedPipeline().Run(SafeBindings.Options(path));
    }

    [Fact]
    public void Functions_renamed_to_one_name_with_different_parameters_are_overloads()
    {
        var result = Generate("", ("  bf_sum_ints:\n", "  bf_sum_ints:\n    name: Measure\n"), ("  bf_utf8_length:\n", "  bf_utf8_length:\n    name: Measure\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var fixture = result.Files.Single(f => f.RelativePath == "Fixture.cs").Content;
        Assert.Contains("public static long Measure(ReadOnlySpan<int> values)", fixture, StringComparison.Ordinal);
        Assert.Contains("public static nuint Measure(string text)", fixture, StringComparison.Ordinal);
        Assert.Contains("public static nuint Measure(ReadOnlySpan<byte> text)", fixture, StringComparison.Ordinal);
        Assert.DoesNotContain("MeasureFixture", fixture, StringComparison.Ordinal);
    }

    [Fact]
    public void Functions_renamed_to_one_name_with_the_same_parameters_are_BF3510()
    {
        var result = Generate("  bf_watch_fire:\n    name: Poke\n", ("  bf_fail_errno:\n    errno: true\n", "  bf_fail_errno:\n    name: Poke\n    errno: true\n"));

        var collision = Assert.Single(result.Diagnostics, d => d.Id == "BF3510");
        Assert.True(collision.IsError);
        Assert.Contains("would both be Fixture.Poke(int)", collision.Message, StringComparison.Ordinal);
        Assert.Contains("fixture.yaml", collision.Location.File, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }
}
