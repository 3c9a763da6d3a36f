using System.Text;
using BindingForge.Generator.Tests.Golden;
using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;
using BindingForge.Generator.Thin;

namespace BindingForge.Generator.Tests.Unit;

/// <summary>
/// <c>generate</c> uses both cores (the macro parse beside the declaration walk, the thin files rendering while the
/// safe layer is planned, each layer's files in parallel); the result must be the sequential run's, byte for byte:
/// the same files in the same order, the same diagnostics in the same order, the same declared surface.
/// </summary>
public sealed class ParallelGenerationTests
{
    public static TheoryData<string> Goldens() => [.. GoldenCase.Names()];

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Every_golden_case_generates_the_same_in_parallel_as_on_one_thread(string name)
    {
        var options = GoldenCase.Load(name).Options();
        AssertSame(Run(options, sequential: true), Run(options, sequential: false));
    }

    [Theory]
    [InlineData("contracts/sqlite3.yaml")]
    [InlineData("contracts/zlib.yaml")]
    [InlineData("tests/libraries/curl/curl.yaml")]
    [InlineData("tests/pools/apr.yaml")]
    public void Real_contracts_generate_the_same_in_parallel_as_on_one_thread(string contract)
    {
        var options = SafeBindings.Options(contract);
        var sequential = Run(options, sequential: true);
        Assert.True(sequential.Succeeded, string.Join("\n", sequential.Diagnostics.Where(d => d.IsError)));
        Assert.True(sequential.Files.Length > 4, $"{contract} gives {sequential.Files.Length} files: too few to render in parallel");
        for (int round = 0; round < 3; round++)
            AssertSame(sequential, Run(options, sequential: false));
    }

    [Fact]
    public void Macro_findings_keep_their_place_before_the_walks_when_the_macro_parse_runs_beside_it()
    {
        using var temp = new TempDirectory();
        var header = new StringBuilder();
        for (int i = 0; i < 2000; i++)
        {
            header.Append($"#define PAR_OK_{i} ({i} + 1)\n#define PAR_CALL_{i} par_fn_{i}(1, 0)\n");
            header.Append($"int par_fn_{i}(int a, const char *b);\nstatic int par_undefined_{i}(int a);\n");
        }
        var options = new GeneratorOptions
        {
            Headers = [temp.File("parallel.h", header.ToString())],
            Library = "par",
            ClassName = "Par",
            Namespace = "Par.Cases",
        };

        var sequential = Run(options, sequential: true);
        var parallel = Run(options, sequential: false);

        Assert.True(sequential.Succeeded);
        var ids = sequential.Diagnostics.Select(d => d.Id).ToArray();
        Assert.Equal(2000, ids.Count(id => id == "BF1007")); // the macro parse's: a call is no constant
        Assert.Equal(2000, ids.Count(id => id == "BF1009")); // the walk's: par_undefined_i has no body
        Assert.True(Array.LastIndexOf(ids, "BF1007") < Array.IndexOf(ids, "BF1009"), "a sequential run reports the macros first");
        AssertSame(sequential, parallel);
    }

    private static GenerationResult Run(GeneratorOptions options, bool sequential) =>
        new Pipeline(NativeLibraryProbe.None) { Sequential = sequential }.Run(options);

    private static IEnumerable<string> Declarations(GenerationResult result) =>
        result.Surface.Types.Select(t => $"{t.File} {t.Namespace}.{t.Name} {t.Kind}: {string.Join(", ", t.Members.Select(m => $"{m.Kind} {m.Name}"))}");

    private static void AssertSame(GenerationResult expected, GenerationResult actual)
    {
        Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), actual.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(expected.Files.Select(f => f.RelativePath), actual.Files.Select(f => f.RelativePath));
        foreach (var (want, got) in expected.Files.Zip(actual.Files))
        {
            Assert.True(want.Content == got.Content, $"{want.RelativePath} differs between the sequential and the parallel run");
            // The shim library is this machine's compiler's output: the same input compiles to the same bytes.
            Assert.Equal(want.Bytes, got.Bytes);
        }
        Assert.Equal(Declarations(expected), Declarations(actual));
    }
}
