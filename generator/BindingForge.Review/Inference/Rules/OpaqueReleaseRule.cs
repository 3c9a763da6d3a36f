using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// A type only the library hands out, and a one-argument function of it that returns nothing (or a status) and is
/// named with a release verb and otherwise only the type's own words (<c>XML_ParserFree</c>,
/// <c>clang_TargetInfo_dispose</c>; not <c>png_write_chunk_end</c>): that function frees it. Stronger
/// for opaque types (nothing else could free them) and strong verbs (<c>free</c> over <c>close</c>).
/// </summary>
internal sealed class OpaqueReleaseRule : IInferenceRule
{
    public string Name => "opaque-release";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var handle in context.Handles.Values.Where(h => context.ProducersOf(h).Count > 0))
        {
            foreach (var function in context.OneArgumentFunctionsOf(handle))
            {
                var words = context.Words(function.Name);
                var verb = ReleaseNames.ReleaseVerb(words, handle);
                if (verb < 0 || !ReleaseNames.IsStatusReturn(context.Types, function) || words.IndexOfVerb(Verbs.Acquire) >= 0
                    || !ReleaseNames.NamesOnlyTheType(words, verb, handle))
                    continue;
                var strength = Strength.Shape + (handle.IsOpaque ? 5 : 0) + (ReleaseNames.IsStrong(words, verb) ? 0 : -5);
                var kind = handle.IsOpaque ? "opaque type" : "type";
                var returns = context.Types.Shape.IsVoid(function.ReturnType) ? "void" : "status";
                claims.Add(Subject.Handle(handle.Identity), Facts.Release, function.Name, strength, Name,
                    $"{kind} `{handle.Key}` and its one-argument {returns} function `{function.Name}` (verb `{words.Words[verb]}`)");
            }
        }
    }
}
