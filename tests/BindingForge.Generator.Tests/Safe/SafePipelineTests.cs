using BindingForge.Generator.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>How the safe style joins the pipeline: it needs a contract, contract errors stop the run before anything is
/// rendered, uncovered functions are reported, and the contract's leaf and errno facts shape the thin imports.</summary>
public sealed class SafePipelineTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private const string Header = """
        typedef struct box box;
        box *box_new(void);
        void box_free(box *b);
        int box_get(const box *b);
        int box_fail(int code);
        void *box_data(box *b);
        int box_add(int a, int b);
        """;

    private GeneratorOptions Options(string contract) => new()
    {
        Headers = [_temp.File("box.h", Header)],
        Library = "box",
        ClassName = "Box",
        Namespace = "Safe.Box",
        Include = ["box_*"],
        Style = BindingStyle.Safe,
        ContractPath = _temp.File("box.yaml", contract),
    };

    private static GenerationResult Run(GeneratorOptions options) => new VerifiedPipeline(Thin.NativeLibraryProbe.None).Run(options);

    [Fact]
    public void The_safe_style_without_a_contract_is_BF3500_and_writes_nothing()
    {
        var result = Run(Options("library: { name: box, headers: [box.h] }") with { ContractPath = null });
        Assert.Empty(result.Files);
        Assert.Contains(result.Diagnostics, d => d.Id == "BF3500" && d.IsError);
    }

    [Fact]
    public void Contract_errors_flow_into_the_result_and_nothing_is_rendered()
    {
        var result = Run(Options("""
            library: { name: box, headers: [box.h] }
            functions:
              box_nope: { leaf: true }
            """));
        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("BF2101", error.Id);
        Assert.EndsWith("box.yaml", error.Location.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void Functions_the_safe_style_cannot_cover_stay_thin_only_and_are_reported()
    {
        var result = Run(Options("""
            library: { name: box, headers: [box.h] }
            handles:
              box: { class: BoxHandle, release: box_free }
            functions:
              box_new: { returns: { owned: true } }
              box_data: { note: no ownership fact }
            """));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var uncovered = Assert.Single(result.Diagnostics, d => d.Id == SafeDiagnosticIds.Uncovered);
        Assert.Contains("box_data", uncovered.Message, StringComparison.Ordinal);
        var handle = Assert.Single(result.Files, f => f.RelativePath == "BoxHandle.cs").Content;
        Assert.Contains("public static BoxHandle New()", handle, StringComparison.Ordinal);
        Assert.Contains("public int Get()", handle, StringComparison.Ordinal);
        Assert.DoesNotContain("box_data", handle, StringComparison.Ordinal);
        Assert.Contains("box_data", Assert.Single(result.Files, f => f.RelativePath == "BoxNative.cs").Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaf_and_errno_facts_shape_the_thin_imports()
    {
        var result = Run(Options("""
            library: { name: box, headers: [box.h] }
            errors:
              box-rc: { type: int, success: [0] }
            functions:
              box_add: { leaf: true }
              box_fail: { errno: true, returns: { error: box-rc } }
            """));
        var thin = Assert.Single(result.Files, f => f.RelativePath == "BoxNative.cs").Content;
        Assert.Contains("[SuppressGCTransition]\n    public static partial int box_add(", thin, StringComparison.Ordinal);
        Assert.Contains("[LibraryImport(LibraryName, SetLastError = true)]", thin, StringComparison.Ordinal);
        var compiled = CSharpCompiler.Compile("SafeBoxFacts", C.Sources(result), [CSharpCompiler.Runtime]);
        Assert.True(compiled.Success, compiled.Report());
    }

    [Fact]
    public void An_init_without_an_error_fact_is_reported()
    {
        var options = SafeBindings.Options("tests/native/fixture.yaml", SafeBindings.FixtureLibrary);
        var result = new VerifiedPipeline().Run(options);
        var warning = Assert.Single(result.Diagnostics, d => d.Id == SafeDiagnosticIds.InitWithoutError);
        Assert.Contains("bf_accumulator_init", warning.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
