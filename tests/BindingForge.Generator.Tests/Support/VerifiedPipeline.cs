using BindingForge.Generator.Session;
using BindingForge.Generator.Thin;
using BindingForge.Model.Header;
using BindingForge.Verification;

namespace BindingForge.Generator.Tests.Support;

/// <summary>
/// The pipeline every test generates with: <see cref="Pipeline"/>, then the structural check of the output
/// (<see cref="OutputVerifier"/>), so that every golden and every generated case is parsed with Roslyn and must
/// declare exactly the surface the generator says it emitted. A difference fails the test with the BF4004 report.
/// </summary>
internal sealed class VerifiedPipeline(NativeLibraryProbe probe)
{
    /// <summary>A pipeline that looks for the library's versioned file names in the system library folders.</summary>
    public VerifiedPipeline()
        : this(NativeLibraryProbe.Default)
    {
    }

    public GenerationResult Run(GeneratorOptions options, BindingSession? session = null) => Checked(new Pipeline(probe).Run(options, session));

    public GenerationResult Generate(HeaderModel model, GeneratorOptions options) => Checked(new Pipeline(probe).Generate(model, options));

    /// <summary>Fails the test when the files differ from the run's surface; returns the result unchanged.</summary>
    public static GenerationResult Checked(GenerationResult result)
    {
        var problems = OutputVerifier.Check(result.Files, result.Surface);
        Assert.True(problems.Count == 0, "the structural check refused the output:\n" + string.Join("\n", problems));
        return result;
    }
}
