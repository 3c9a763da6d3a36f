using BindingForge.Generator.Rendering;

namespace BindingForge.Generator.Thin;

/// <summary>What <see cref="ThinModelBuilder.Build"/> produces: the thin files' render model, the run's summary, and the
/// <see cref="ThinLayer"/> the safe pass builds on.</summary>
internal sealed record ThinBuild(ThinRenderModel Render, GenerationSummary Summary, ThinLayer Layer);
