using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// <c>malloc</c> says the returned pointer is fresh memory the caller owns; GCC's <c>malloc(dealloc)</c> also names
/// the function that frees it. <c>warn_unused_result</c> on a pointer return is only a hint of ownership (dropping
/// the result would leak), too weak to state a fact alone.
/// </summary>
internal sealed class AllocationAttributeRule : IInferenceRule
{
    public string Name => "allocation-attribute";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var function in context.Functions.Where(f => context.Types.IsDataPointer(f.ReturnType)))
        {
            var subject = Subject.Return(function.Name);
            foreach (var attribute in function.Attributes.Select(AttributeText.Parse))
            {
                if (attribute.Name == "malloc")
                {
                    claims.Add(subject, Facts.Ownership, Facts.Owned, Strength.Attribute, Name, "attribute malloc");
                    if (attribute.Arguments.FirstOrDefault() is { } dealloc && context.Header.FindFunction(dealloc) is not null)
                        claims.Add(subject, Facts.Free, dealloc, Strength.Attribute, Name, $"attribute malloc({string.Join(", ", attribute.Arguments)})");
                }
                else if (attribute.Name == "warn_unused_result")
                {
                    claims.Add(subject, Facts.Ownership, Facts.Owned, Strength.Hint, Name, "attribute warn_unused_result on a pointer return");
                }
            }
        }
    }
}
