using BindingForge.Generator.Rendering;

namespace BindingForge.Generator.Thin;

/// <summary>What <see cref="ThinModelBuilder.Build"/> produces: the thin files' render model, the run's summary, and the
/// <see cref="ThinLayer"/> the safe pass builds on.</summary>
internal sealed record ThinBuild(ThinRenderModel Render, GenerationSummary Summary, ThinLayer Layer)
{
    /// <summary>The C# name of every record and named enum, by model name (what the API record states).</summary>
    public IReadOnlyDictionary<string, string> TypeNames { get; init; } = new Dictionary<string, string>();
}
