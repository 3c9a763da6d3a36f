using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// A one-argument function the comments call a destructor: its own comment starts with "Destroy ..."/"Free ...", or a
/// sentence names it before "destroys", "frees", "are destructors for". That function releases its argument's type.
/// </summary>
internal sealed class DestructorPhraseRule : IInferenceRule
{
    public string Name => "destructor-phrase";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var sentence in context.Docs.All)
        {
            if (Phrases.Negation().IsMatch(sentence.Lower))
                continue;
            if (sentence.Owner is { } owner && sentence.Part == DocPart.Summary && IsFirstSentence(context, sentence) && Phrases.StartsWithRelease().IsMatch(sentence.Lower))
                Release(context, claims, owner, sentence);
            if (Phrases.Destroys().Match(sentence.Lower) is { Success: true } verb)
            {
                foreach (var mention in sentence.Mentions.Where(m => m.Index < verb.Index).Select(m => m.Function).Distinct())
                    Release(context, claims, mention, sentence);
            }
        }
    }

    private void Release(InferenceContext context, ClaimBoard claims, string function, DocSentence sentence)
    {
        if (context.Header.FindFunction(function) is not { Parameters.Length: 1 } decl)
            return;
        if (context.Types.HandleOfValue(decl.Parameters[0].Type) is { } handle && context.Handle(handle.Identity) is not null)
            claims.Add(Subject.Handle(handle.Identity), Facts.Release, function, Strength.Phrase, Name, SentenceSubject.Quote(sentence));
    }

    private static bool IsFirstSentence(InferenceContext context, DocSentence sentence) =>
        ReferenceEquals(context.Docs.Of(sentence.Owner!).FirstOrDefault(), sentence);
}
