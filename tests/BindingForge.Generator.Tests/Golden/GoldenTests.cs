using BindingForge.Generator.Tests.Support;
using BindingForge.Generator.Thin;

namespace BindingForge.Generator.Tests.Golden;

/// <summary>
/// One test per folder under <c>tests/golden/</c>: the generated thin code and the diagnostics must equal the
/// expected files byte for byte, and the generated code must compile with warnings as errors. Run with
/// <c>BF_UPDATE_GOLDEN=1</c> to rewrite the expected files after an intended change, then review the diff.
/// </summary>
public sealed class GoldenTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("BF_UPDATE_GOLDEN") == "1";

    public static TheoryData<string> Cases() => [.. GoldenCase.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_the_expected_files_and_compiles(string name)
    {
        var golden = GoldenCase.Load(name);
        var options = golden.Options();
        var result = new VerifiedPipeline(NativeLibraryProbe.None).Run(options);
        var thinPrefix = options.ClassName + "Native";
        var thin = GoldenOutput.Files(result.Files.Where(f => f.RelativePath.StartsWith(thinPrefix, StringComparison.Ordinal)), golden.Directory);
        var diagnostics = GoldenOutput.Diagnostics(result.Diagnostics, golden.Directory);

        Compare(golden, GoldenCase.ThinFile, thin);
        if (golden.HasContract)
            Compare(golden, GoldenCase.SafeFile, GoldenOutput.Files(result.Files.Where(f => !f.RelativePath.StartsWith(thinPrefix, StringComparison.Ordinal))));
        Compare(golden, GoldenCase.DiagnosticsFile, diagnostics);
        if (result.Files.IsEmpty)
            return;
        var compiled = CSharpCompiler.Compile("Golden_" + name.Replace('-', '_'), C.Sources(result), golden.HasContract ? [CSharpCompiler.Runtime] : []);
        Assert.True(compiled.Success, $"the generated code of '{name}' does not compile:\n{compiled.Report()}");

        // The C# layouts must be the ones clang reported (the values baked into the generated Verify()).
        using var assembly = new LoadedAssembly(compiled.Image!, name);
        var mismatches = (IReadOnlyList<string>)assembly.Invoke($"{options.Namespace}.{options.ClassName}NativeLayout", "Verify")!;
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void There_are_golden_cases() => Assert.NotEmpty(GoldenCase.Names());

    private static void Compare(GoldenCase golden, string file, string actual)
    {
        var path = Path.Combine(golden.Directory, file);
        if (Update)
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with BF_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
            Assert.Fail($"{golden.Name}/{file} differs (BF_UPDATE_GOLDEN=1 rewrites it):\n{TextDiff.Unified(expected, actual, $"{golden.Name}/{file}")}");
    }
}
