using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// A function that returns (or hands out) a non-const pointer to a complete struct for which the library has a
/// release function (<c>CXStringSet *</c> and <c>clang_disposeStringSet</c>) hands out an allocation: libraries
/// return views of their own structs as <c>const</c>, and write a dispose function only for what they allocate for
/// the caller. As strong as a getter's name: when the two disagree (<c>FcConfigGetFonts</c>), the draft asks instead of guessing.
/// </summary>
internal sealed class ReleasedStructRule : IInferenceRule
{
    public string Name => "released-struct";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var handle in context.Handles.Values.Where(h => !h.IsOpaque))
        {
            var release = context.OneArgumentFunctionsOf(handle).FirstOrDefault(f => ReleaseNames.ReleaseVerb(context.Words(f.Name), handle) >= 0);
            if (release is null)
                continue;
            foreach (var producer in context.ProducersOf(handle).Where(p => p != release && !context.Types.PointsToConst(p.ReturnType)))
            {
                OwnershipTargets.ClaimHandle(context, claims, producer, handle, Facts.Owned, Strength.Naming, Name,
                    $"hands out a `{handle.Key}`, a struct the library frees with `{release.Name}`");
            }
        }
    }
}
