using BindingForge.Generator.Rendering;
using BindingForge.Generator.Safe.Classes;
using BindingForge.Generator.Safe.Rendering;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Safe;

/// <summary>
/// The safe layer of a run: from the bound contract and the thin layer just built, the SafeHandle classes, struct
/// classes, static class, exceptions and callback bridges, rendered to files beside the thin ones. Functions no
/// strategy covers stay thin-only and are reported (BF3501); nothing here throws for a contract it cannot express.
/// </summary>
internal static class SafePass
{
    /// <summary>Plans the safe layer (its findings join <paramref name="diagnostics"/>), then renders its files.</summary>
    public static RenderedLayer Run(BoundContract contract, ThinLayer thin, GeneratorOptions options, DiagnosticBag diagnostics, bool sequential = false)
    {
        var context = new SafeContext(contract, thin, options, diagnostics);
        var (model, _) = new SafeBuilder(context).Build();
        return SafeRenderer.Render(model, sequential);
    }
}
