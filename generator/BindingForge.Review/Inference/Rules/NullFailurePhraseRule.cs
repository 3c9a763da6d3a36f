using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// "returns NULL on error", "NULL if ... out of memory", "NULL ... fails" (in a sentence about the return, or in the
/// <c>\return</c> paragraph, where the function is the comment's own): a NULL return that can mean failure as
/// well as (or instead of) a value. The draft cannot name the error domain whose code tells them apart (a draft has
/// no <c>errors:</c>), so the drafter turns the claim into an open question asking for <c>null_may_be_error</c>.
/// </summary>
internal sealed partial class NullFailurePhraseRule : IInferenceRule
{
    public string Name => "null-failure-phrase";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var sentence in context.Docs.All)
        {
            if (sentence.Part == DocPart.Param || !Phrases.Failure().IsMatch(sentence.Lower))
                continue;
            var match = Phrases.ReturnsNull().Match(sentence.Lower);
            var aboutReturn = sentence.Part == DocPart.Returns && NullWord().Match(sentence.Lower) is { Success: true };
            if (!match.Success && !aboutReturn)
                continue;
            var subject = aboutReturn && sentence.Owner is { } owner ? owner : SentenceSubject.Of(sentence, match.Index);
            if (subject is not null && context.Header.FindFunction(subject) is { } function && context.Types.IsDataPointer(function.ReturnType))
                claims.Add(Subject.Return(subject), Facts.NullMayBeError, "true", Strength.Phrase, Name, SentenceSubject.Quote(sentence));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bnull\b")]
    private static partial System.Text.RegularExpressions.Regex NullWord();
}
