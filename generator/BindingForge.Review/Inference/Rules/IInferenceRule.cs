using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// One kind of evidence. A rule reads the header through <see cref="InferenceContext"/> and adds claims; it never
/// decides. <see cref="RuleList"/> holds every rule, strongest evidence first.
/// </summary>
internal interface IInferenceRule
{
    /// <summary>A short name, for reports and tests (<c>naming-pair</c>).</summary>
    string Name { get; }

    void Apply(InferenceContext context, ClaimBoard claims);
}
