using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// "do not free", "owned by", "valid until", "static string", "freed automatically": the result is borrowed. When the
/// sentence says "until" and then names calls on the same handle (<c>sqlite3_step</c>, <c>sqlite3_finalize</c>), those
/// become the value's <c>until</c> list.
/// </summary>
internal sealed class BorrowedPhraseRule : IInferenceRule
{
    public string Name => "borrowed-phrase";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var sentence in context.Docs.All)
        {
            if (Phrases.Borrowed().Match(sentence.Lower) is not { Success: true } match)
                continue;
            foreach (var subject in SentenceSubject.All(sentence, match.Index))
            {
                if (context.Header.FindFunction(subject) is not { } function)
                    continue;
                var source = SentenceSubject.Quote(sentence);
                OwnershipTargets.Claim(context, claims, subject, Facts.Borrowed, null, Strength.Phrase, Name, source);
                if (context.Types.IsDataPointer(function.ReturnType))
                    ClaimUntil(context, claims, sentence, function, source);
            }
        }
    }

    /// <summary>Functions named after "until" that take the same handle as the subject's first argument.</summary>
    private void ClaimUntil(InferenceContext context, ClaimBoard claims, DocSentence sentence, FunctionDecl function, string source)
    {
        if (Phrases.Until().Match(sentence.Lower) is not { Success: true } until || function.Parameters.IsEmpty)
            return;
        if (context.Types.HandleOfValue(function.Parameters[0].Type) is not { } handle)
            return;
        foreach (var mention in sentence.Mentions.Where(m => m.Index > until.Index).Select(m => m.Function).Distinct())
        {
            if (context.Header.FindFunction(mention) is { Parameters.IsEmpty: false } call && context.Types.HandleOfValue(call.Parameters[0].Type)?.Identity == handle.Identity)
                claims.Add(Subject.Return(function.Name), Facts.Until, mention, Strength.Phrase, Name, source);
        }
    }
}
