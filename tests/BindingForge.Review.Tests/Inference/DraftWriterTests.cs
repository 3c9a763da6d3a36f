using BindingForge.Contracts;
using BindingForge.Contracts.Tests;
using BindingForge.Review.Writing;
using static BindingForge.Review.Tests.Inference.InferenceKit;

namespace BindingForge.Review.Tests.Inference;

/// <summary>The draft's YAML: scalars that read back as written, one fact per line, every mapping marked inferred.</summary>
public sealed class DraftWriterTests
{
    [Theory]
    [InlineData("plain_name")]
    [InlineData("sqlite3_*")]
    [InlineData("a \"quoted\" word: and # not a comment")]
    [InlineData("back\\slash and\ttab")]
    [InlineData("true")]
    [InlineData("0x10")]
    [InlineData("")]
    [InlineData("ünïcödé — “quotes”")]
    public void Scalars_read_back_as_the_same_text(string text)
    {
        var load = ContractLoader.LoadText(ContractTestKit.Prefix + "handles:\n  db:\n    note: " + YamlText.Scalar(text) + "\n", "t.yaml");

        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        Assert.Equal(text, load.Document!.Handles[0].Meta.Note!.Value);
    }

    [Fact]
    public void Every_mapping_of_facts_is_inferred_with_a_source()
    {
        var kit = new InferenceKit().Opaque("widget")
            .Function("widget_new", Ptr(Named("widget")), P("name", Ptr(ConstChar)))
            .Function("widget_free", CVoid, P("w", Ptr(Named("widget"))));

        var (contract, yaml) = kit.Draft();

        Assert.All(contract.Handles, h => Assert.Equal(Model.Contracts.FactStatus.Inferred, h.Provenance.Status));
        Assert.All(contract.Functions.SelectMany(f => f.Parameters.Where(p => p.Provenance.Status != Model.Contracts.FactStatus.Unstated)),
            p => Assert.False(string.IsNullOrEmpty(p.Provenance.Source)));
        Assert.Equal(yaml.Split('\n').Count(l => l.TrimStart().StartsWith("status: inferred", StringComparison.Ordinal)),
            yaml.Split('\n').Count(l => l.TrimStart().StartsWith("source: ", StringComparison.Ordinal)));
        Assert.StartsWith("# Draft contract for lib", yaml);
    }

    [Fact]
    public void The_library_section_carries_the_request()
    {
        var request = new BindingForge.Review.Inference.InferenceRequest(new InferenceKit().Model(), "lib", ["inc/lib.h"], ["../vendor"], ["LIB_API="])
        {
            Include = ["lib_*"],
            Exclude = ["lib_internal_*"],
            Namespace = "My.Lib",
            ClassName = "Lib",
        };

        var yaml = BindingForge.Review.Inference.ContractInferrer.Infer(request).Yaml;
        var options = LibraryOptions.FromDocument(ContractLoader.LoadText(yaml, "/tmp/x/draft.yaml").Document!);

        Assert.Equal(("lib", "My.Lib", "Lib"), (options.Library, options.Namespace, options.ClassName));
        Assert.Equal(["inc/lib.h"], options.Headers.ToArray());
        Assert.Equal(["/tmp/vendor"], options.IncludeDirs.ToArray());
        Assert.Equal(["lib_*"], options.Include.ToArray());
        Assert.Equal(["lib_internal_*"], options.Exclude.ToArray());
    }
}
