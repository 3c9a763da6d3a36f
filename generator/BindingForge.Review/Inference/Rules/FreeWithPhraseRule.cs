using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// "must be freed with X", "deleting the statement using X", "invoke X on the strings returned": a comment that
/// names the deallocator of a result. The result is owned; X is its <c>free</c>, or its handle's <c>release</c>.
/// Sentences that take it back ("it is not necessary to free") or speak of borrowing are skipped, and so are
/// sentences whose subject is X itself ("X frees the memory ...": that describes X).
/// </summary>
internal sealed class FreeWithPhraseRule : IInferenceRule
{
    public string Name => "free-with-phrase";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var sentence in context.Docs.All)
        {
            if (Phrases.Negation().IsMatch(sentence.Lower) || Phrases.Borrowed().IsMatch(sentence.Lower))
                continue;
            var verb = Phrases.FreeVerb().Match(sentence.Lower);
            foreach (var mention in sentence.Mentions.DistinctBy(m => m.Function).Where(m => IsDeallocator(context, m.Function)))
            {
                var called = Phrases.CallBefore().IsMatch(sentence.Lower[..mention.Index]);
                if (!verb.Success && !called)
                    continue;
                var signal = verb.Success ? Math.Min(verb.Index, mention.Index) : mention.Index;
                if (IsAboutDeallocator(sentence, mention, verb))
                    continue;
                if (SentenceSubject.Of(sentence, signal, mention.Function, preferResultOf: true) is { } subject)
                    OwnershipTargets.Claim(context, claims, subject, Facts.Owned, mention.Function, Strength.Phrase, Name, SentenceSubject.Quote(sentence));
            }
        }
    }

    /// <summary>"The X() interface destroys ...", "Calling X() with a pointer ... releases it": X is the sentence's subject.</summary>
    private static bool IsAboutDeallocator(DocSentence sentence, Mention deallocator, System.Text.RegularExpressions.Match verb) =>
        SentenceSubject.ResultOf(sentence, deallocator.Function) is null
        && sentence.Mentions[0].Function == deallocator.Function && deallocator.Index <= 12
        && (!verb.Success || verb.Index > deallocator.Index);

    /// <summary>A one-argument function with a release verb, or a deallocator of the library.</summary>
    private static bool IsDeallocator(InferenceContext context, string function)
    {
        if (context.Frees.Contains(function))
            return true;
        return context.Header.FindFunction(function) is { Parameters.Length: 1 } && context.Words(function).IndexOfVerb(Verbs.Release) >= 0;
    }
}
