using BindingForge.Model.Header;
using Xunit.Abstractions;

namespace BindingForge.Review.Tests.Inference;

/// <summary>
/// Precision and recall of <c>bindingforge init</c> against hand-checked ground truth (tests/ground-truth): drafts
/// for sqlite3, zlib and libclang must bind cleanly, and stay above the floors measured when the rules were written.
/// A rule change that makes a draft worse fails here; one that makes it better should raise the floors.
/// </summary>
public sealed class GroundTruthTests(ITestOutputHelper output)
{
    public static TheoryData<string, double, double, double, double> Floors => new()
    {
        // file, handle precision, handle recall, return precision, return recall. Measured when written: sqlite3 8/8
        // pairs, returns 100% (58/58) and 88% (58/66); zlib all right (1/1, 7/7); libclang 15/15 pairs, returns 98%
        // (42/43) and 88% (42/48).
        { "sqlite3.yaml", 1.00, 1.00, 0.97, 0.85 },
        { "zlib.yaml", 1.00, 1.00, 1.00, 1.00 },
        { "libclang.yaml", 1.00, 1.00, 0.95, 0.85 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void Draft_stays_above_the_measured_floors(string truthFile, double handlePrecision, double handleRecall, double returnPrecision, double returnRecall)
    {
        var scorer = GroundTruthScorer.Run(truthFile);
        var handles = scorer.Handles();
        var returns = scorer.Returns();
        output.WriteLine($"{truthFile}: handle/release pairs {handles}; owned/borrowed returns {returns}");
        foreach (var mistake in scorer.Mistakes().Concat(scorer.Misses()))
            output.WriteLine("  " + mistake);

        Assert.True(handles.Precision >= handlePrecision && handles.Recall >= handleRecall, $"handles: {handles}");
        Assert.True(returns.Precision >= returnPrecision && returns.Recall >= returnRecall, $"returns: {returns}\n{string.Join("\n", scorer.Mistakes())}");
    }

    /// <summary>Every ground-truth file: the bundled libraries and the six the inference was never tuned on.</summary>
    public static TheoryData<string> TruthFiles { get; } =
        ["sqlite3.yaml", "zlib.yaml", "libclang.yaml", "libcap.yaml", "libacl.yaml", "libmagic.yaml", "libpcap.yaml", "libpopt.yaml", "libudev.yaml"];

    [Theory]
    [MemberData(nameof(TruthFiles))]
    public void Draft_binds_without_errors(string truthFile)
    {
        var scorer = GroundTruthScorer.Run(truthFile);

        Assert.DoesNotContain(scorer.BindDiagnostics, d => d.IsError);
        Assert.DoesNotContain(scorer.Draft.Diagnostics, d => d.IsError);
    }

    [Theory]
    [MemberData(nameof(TruthFiles))]
    public void Truth_labels_every_pointer_returning_function_of_its_headers(string truthFile)
    {
        var scorer = GroundTruthScorer.Run(truthFile);
        var header = scorer.Header;
        var pointerReturns = header.Functions.Where(f => !f.IsVariadic && header.Resolve(f.ReturnType) is PointerType).Select(f => f.Name).ToHashSet();

        Assert.Empty(pointerReturns.Except(scorer.Truth.Returns.Keys));
        Assert.Empty(scorer.Truth.Returns.Keys.Except(pointerReturns));
        Assert.All(scorer.Truth.Returns.Values, v => Assert.Contains(v, new[] { "owned", "borrowed", "open", "unknown" }));
        Assert.All(scorer.Truth.Handles.Keys, k => Assert.True(header.FindTypedef(k) is not null || header.FindRecord(k) is not null, $"{k} is not a type of the headers"));
    }
}
