using BindingForge.Generator.Passes;
using BindingForge.Generator.Rendering;
using BindingForge.Generator.Safe;
using BindingForge.Generator.Thin;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Generator;

/// <summary>
/// One generation run, top to bottom: parse the headers -> load and bind the contract (when there is one) -> select
/// symbols by glob -> build the thin render model -> render the templates -> plan and render the safe layer on top
/// of the thin one (styles safe and both). Files come back in the result; writing them is
/// <see cref="Output.OutputWriter"/>'s job, so that nothing touches the disk unless the whole run succeeded.
/// </summary>
public sealed class Pipeline
{
    private readonly NativeLibraryProbe _probe;

    /// <summary>A pipeline that looks for the library's versioned file names in the system library folders.</summary>
    public Pipeline()
        : this(NativeLibraryProbe.Default)
    {
    }

    internal Pipeline(NativeLibraryProbe probe)
    {
        _probe = probe;
    }

    /// <summary>Parses <see cref="GeneratorOptions.Headers"/> and generates from them.</summary>
    public GenerationResult Run(GeneratorOptions options)
    {
        var diagnostics = new DiagnosticBag();
        return Guard(diagnostics, () =>
        {
            var model = ParsePass.Run(options, diagnostics);
            return diagnostics.HasErrors ? null : Generate(model, options, diagnostics);
        });
    }

    /// <summary>Generates from a header model that is already built (tests, tools that parse themselves).</summary>
    public GenerationResult Generate(HeaderModel model, GeneratorOptions options)
    {
        var diagnostics = new DiagnosticBag();
        return Guard(diagnostics, () => Generate(model, options, diagnostics));
    }

    private GenerationResult? Generate(HeaderModel model, GeneratorOptions options, DiagnosticBag diagnostics)
    {
        var contract = ContractPass.Run(model, options, diagnostics);
        if (diagnostics.HasErrors)
            return null;
        var selected = SelectPass.Run(model, options, diagnostics);
        var thin = new ThinModelBuilder(selected, options, _probe, diagnostics) { Contract = contract }.Build();
        var files = ThinRenderer.Render(thin.Render);
        if (contract is not null && options.Style != BindingStyle.Thin)
            files = files.AddRange(SafePass.Run(contract, thin.Layer, options, diagnostics));
        return diagnostics.HasErrors ? null : new GenerationResult(files, diagnostics.ToImmutable(), thin.Summary) { Model = selected, Contract = contract };
    }

    /// <summary>Runs a stage; an exception is a bug in BindingForge, reported as BF0000 instead of escaping.</summary>
    private static GenerationResult Guard(DiagnosticBag diagnostics, Func<GenerationResult?> run)
    {
        try
        {
            return run() ?? GenerationResult.Failed(diagnostics.ToImmutable());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var where = e.StackTrace?.Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
            diagnostics.Error(DiagnosticIds.Internal, $"internal error, please report it: {e.GetType().Name}: {e.Message} {where}".TrimEnd());
            return GenerationResult.Failed(diagnostics.ToImmutable());
        }
    }
}
