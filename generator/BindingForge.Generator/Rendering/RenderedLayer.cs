using System.Collections.Immutable;
using BindingForge.Generator.Output;

namespace BindingForge.Generator.Rendering;

/// <summary>The files of one layer and the types and members the layer's render records say they declare.</summary>
internal sealed record RenderedLayer(ImmutableArray<GeneratedFile> Files, EmittedSurface Surface)
{
    /// <summary>Both layers' files and surfaces, this one's first.</summary>
    public RenderedLayer Add(RenderedLayer other) => new(Files.AddRange(other.Files), Surface.Add(other.Surface));

    /// <summary>This layer with <paramref name="files"/> added, which declare no C# (the shim's C source and library).</summary>
    public RenderedLayer AddFiles(IEnumerable<GeneratedFile> files) => this with { Files = Files.AddRange(files) };
}
