using System.Collections.Immutable;
using BindingForge.Generator.CSharp;
using BindingForge.Generator.Passes;
using BindingForge.Generator.Thin;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Surface;

/// <summary>
/// Builds the <see cref="ThinSurface"/> of a header model under a run's options: the same selection and thin model a
/// generation run makes, with no library probe (the result does not depend on the machine) and without rendering.
/// </summary>
public static class ThinSurfaceBuilder
{
    /// <param name="header">The whole header model the contract's headers gave.</param>
    /// <param name="options">The run's options (the contract's library section: selection, names).</param>
    /// <param name="contract">The bound contract, when there is one: the safe classes it names are names C types cannot take.</param>
    public static ThinSurface Build(HeaderModel header, GeneratorOptions options, BoundContract? contract)
    {
        var ignored = new DiagnosticBag(); // the run's own diagnostics are the generator's and check's business
        var selected = SelectPass.Run(header, options, ignored);
        var thin = new ThinModelBuilder(selected, options, contract, NativeLibraryProbe.None, ignored).Build();
        var functions = ImmutableDictionary.CreateBuilder<string, ThinFunction>(StringComparer.Ordinal);
        foreach (var f in thin.Render.Functions)
            functions.TryAdd(f.LinkName, new ThinFunction(CSharpNames.Unescaped(f.Name), f.ReturnType, f.Parameters));
        var constants = ImmutableDictionary.CreateBuilder<string, ThinConstant>(StringComparer.Ordinal);
        foreach (var c in thin.Render.Constants)
            constants.TryAdd(c.CName, new ThinConstant(CSharpNames.Unescaped(c.Name), c.Type, c.Value));
        return new ThinSurface(options.Library, thin.Render.NativeClass, selected, functions.ToImmutable(),
            thin.TypeNames.ToImmutableDictionary(StringComparer.Ordinal), constants.ToImmutable());
    }
}
