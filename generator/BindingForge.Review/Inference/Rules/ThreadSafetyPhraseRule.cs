using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// "not thread-safe", "must not be used concurrently": the handles the subject function works on are
/// <c>threading: exclusive</c> (one thread at a time). Nothing is proposed for "thread-safe": free-threading is a
/// promise the safe layer would then rely on, and a draft should not make it.
/// </summary>
internal sealed class ThreadSafetyPhraseRule : IInferenceRule
{
    public string Name => "thread-safety-phrase";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var sentence in context.Docs.All)
        {
            if (Phrases.NotThreadSafe().Match(sentence.Lower) is not { Success: true } match)
                continue;
            if (SentenceSubject.Of(sentence, match.Index) is not { } subject || context.Header.FindFunction(subject) is not { } function)
                continue;
            var types = function.Parameters.Select(p => context.Types.HandleOfValue(p.Type)).Append(context.Types.HandleOfValue(function.ReturnType));
            foreach (var handle in types.OfType<HandleType>().DistinctBy(h => h.Identity))
                claims.Add(Subject.Handle(handle.Identity), Facts.Threading, "exclusive", Strength.Phrase, Name, SentenceSubject.Quote(sentence));
        }
    }
}
