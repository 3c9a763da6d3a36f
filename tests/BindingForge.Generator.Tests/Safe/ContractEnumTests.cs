using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// <c>enums:</c> in the safe layer: a C enum and a group of <c>#define</c>s as C# enums, used by the parameters and
/// results the contract types with <c>enum:</c> and by the exception of an error domain; a name two members would
/// share is BF3550, never a suffix.
/// </summary>
public sealed class ContractEnumTests
{
    private static GenerationResult Generate(string enums, params (string From, string To)[] edits)
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

        var path = Path.Combine(directory.Path, "fixture.yaml");
        File.WriteAllText(path, text.TrimEnd() + "\nenums:\n" + enums);
        return new VerifiedPipeline().Run(SafeBindings.Options(path));
    }

    [Fact]
    public void Enums_type_parameters_results_and_the_exception_code_without_casts()
    {
        var result = Generate(
            "  Kind: { values: [bf_kind] }\n  Status:\n    values: [BF_OK, \"BF_ERR_*\"]\n    members: { BF_ERR_NOMEM: { name: OutOfMemory } }\n",
            ("  bf-status:\n    type: int32_t\n", "  bf-status:\n    type: int32_t\n    enum: Status\n"),
            ("  bf_divide:\n    returns: { error: bf-status }\n", "  bf_live_of_kind:\n    params: { kind: { enum: Kind } }\n  bf_divide:\n    returns: { error: bf-status }\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var enums = result.Files.Single(f => f.RelativePath == "Fixture.Enums.cs").Content;
        Assert.Contains("public enum Kind : int", enums, StringComparison.Ordinal);
        Assert.Contains("    Exclusive = 5,", enums, StringComparison.Ordinal);
        Assert.Contains("    ErrDivideByZero = 3,", enums, StringComparison.Ordinal);
        Assert.Contains("    ErrErrno = -1,", enums, StringComparison.Ordinal);
        Assert.Contains("    OutOfMemory = 7,", enums, StringComparison.Ordinal);
        var fixture = result.Files.Single(f => f.RelativePath == "Fixture.cs").Content;
        Assert.Contains("public static int LiveOfKind(Kind kind)", fixture, StringComparison.Ordinal);
        Assert.Contains("FixtureNative.bf_live_of_kind((bf_kind)kind)", fixture, StringComparison.Ordinal);
        var errors = result.Files.Single(f => f.RelativePath == "Fixture.Errors.cs").Content;
        Assert.Contains("public new Status Code => (Status)base.Code;", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_members_with_one_name_are_BF3550()
    {
        var result = Generate("  Status:\n    values: [\"BF_ERR_*\"]\n    members: { BF_ERR_BUSY: { name: Range } }\n");

        var collision = Assert.Single(result.Diagnostics, d => d.Id == "BF3550");
        Assert.True(collision.IsError);
        Assert.Contains("'BF_ERR_BUSY' and 'BF_ERR_RANGE' would both be Status.Range", collision.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void An_enum_named_like_a_handle_class_is_BF3550()
    {
        var result = Generate("  Fixture: { values: [BF_OK] }\n");

        Assert.Contains(result.Diagnostics, d => d.Id == "BF3550" && d.IsError && d.Message.Contains("'Fixture'", StringComparison.Ordinal));
    }
}
