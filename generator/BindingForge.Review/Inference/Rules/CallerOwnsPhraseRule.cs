using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// "the caller must free", "must be freed", "newly allocated", "ownership is transferred to the caller": the result
/// is owned, with no deallocator named (the resolver then uses the handle's release or the library's <c>free</c>).
/// </summary>
internal sealed class CallerOwnsPhraseRule : IInferenceRule
{
    public string Name => "caller-owns-phrase";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var sentence in context.Docs.All)
        {
            var match = Phrases.MustBeFreed().Match(sentence.Lower);
            if (!match.Success)
                match = Phrases.CallerOwns().Match(sentence.Lower);
            if (!match.Success || Phrases.Borrowed().IsMatch(sentence.Lower))
                continue;
            foreach (var subject in SentenceSubject.All(sentence, match.Index))
                OwnershipTargets.Claim(context, claims, subject, Facts.Owned, null, Strength.Phrase, Name, SentenceSubject.Quote(sentence));
        }
    }
}
