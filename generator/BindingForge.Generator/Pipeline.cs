using BindingForge.Generator.Passes;
using BindingForge.Generator.Rendering;
using BindingForge.Generator.Safe;
using BindingForge.Generator.Session;
using BindingForge.Generator.Shim;
using BindingForge.Generator.Thin;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Generator;

/// <summary>
/// One generation run, top to bottom: parse the headers -> load and bind the contract (when there is one; both through
/// a <see cref="BindingSession"/>) -> select
/// symbols by glob -> build the thin render model -> render the templates -> plan and render the safe layer on top
/// of the thin one (styles safe and both). Files come back in the result; writing them is
/// <see cref="Output.OutputWriter"/>'s job, so that nothing touches the disk unless the whole run succeeded.
/// <para>
/// Where it pays, the run uses every core: the macro parse beside the declaration walk, the thin files rendering
/// while the safe layer is planned, and each layer's files rendering in parallel. Nothing of this changes the result:
/// the files and the diagnostics come back in the order a sequential run (<see cref="Sequential"/>) gives.
/// </para>
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

    /// <summary>One thread for everything (tests compare it with the parallel run, which must give the same result).</summary>
    internal bool Sequential { get; init; }

    /// <summary>Parses <see cref="GeneratorOptions.Headers"/> and generates from them (and from the options' contract).</summary>
    public GenerationResult Run(GeneratorOptions options) => Run(options, null);

    /// <summary>
    /// Parses <see cref="GeneratorOptions.Headers"/> and generates from them, with the contract of
    /// <paramref name="session"/> when the caller has loaded it already (null: the pipeline loads
    /// <see cref="GeneratorOptions.ContractPath"/> itself).
    /// </summary>
    public GenerationResult Run(GeneratorOptions options, BindingSession? session)
    {
        var diagnostics = new DiagnosticBag();
        return Guard(diagnostics, () =>
        {
            var parsed = ParsePass.Run(session ?? ContractPass.Load(options), options, diagnostics, Sequential);
            return diagnostics.HasErrors ? null : Generate(parsed, options, diagnostics);
        });
    }

    /// <summary>Generates from a header model that is already built (tests, tools that parse themselves).</summary>
    public GenerationResult Generate(HeaderModel model, GeneratorOptions options)
    {
        var diagnostics = new DiagnosticBag();
        return Guard(diagnostics, () => Generate(ContractPass.Load(options).WithHeader(model), options, diagnostics));
    }

    private GenerationResult? Generate(BindingSession session, GeneratorOptions options, DiagnosticBag diagnostics)
    {
        var model = session.Header!;
        var contract = ContractPass.Run(session, options, diagnostics);
        if (diagnostics.HasErrors)
            return null;
        var selected = SelectPass.Run(model, options, diagnostics);
        var compiler = selected.Functions.Any(f => f.NeedsShim) ? ShimCompiler.Find(options.CCompiler) : null;
        var thin = new ThinModelBuilder(selected, options, contract, _probe, diagnostics, compiler is not null).Build();
        // The thin files render (no findings) while the shim is built and the safe layer is planned (findings, in order).
        var thinFiles = Sequential ? Task.FromResult(ThinRenderer.Render(thin.Render, sequential: true)) : Task.Run(() => ThinRenderer.Render(thin.Render));
        IReadOnlyList<Output.GeneratedFile> shimFiles = compiler is not null && thin.Render.Shim is { } shim
            ? [.. ShimBuild.Files(compiler, shim, thin.Render, selected, options, diagnostics)]
            : [];
        var safe = contract is not null && options.Style != BindingStyle.Thin
            ? SafePass.Run(contract, thin.Layer, options, diagnostics, Sequential)
            : null;
        var rendered = thinFiles.GetAwaiter().GetResult().AddFiles(shimFiles);
        if (safe is not null)
            rendered = rendered.Add(safe);
        return diagnostics.HasErrors ? null : new GenerationResult(rendered.Files, diagnostics.ToImmutable(), thin.Summary)
        {
            Model = selected,
            Contract = contract,
            Surface = rendered.Surface,
            IncludedFiles = session.IncludedFiles,
        };
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
