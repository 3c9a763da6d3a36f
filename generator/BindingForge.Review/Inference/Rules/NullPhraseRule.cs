using System.Text.RegularExpressions;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// "returns NULL if ...", "or NULL" on a return; "may be NULL", "if NULL", "optional" on a parameter (in its
/// <c>\param</c> paragraph, or in a sentence that names the parameter): null is a value, so the draft says
/// <c>nullable: true</c> rather than let the safe layer throw on it.
/// </summary>
internal sealed class NullPhraseRule : IInferenceRule
{
    public string Name => "null-phrase";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var sentence in context.Docs.All)
        {
            if (!sentence.Lower.Contains("null", StringComparison.Ordinal))
                continue;
            ReturnNull(context, claims, sentence);
            ParameterNull(context, claims, sentence);
        }
    }

    private void ReturnNull(InferenceContext context, ClaimBoard claims, DocSentence sentence)
    {
        if (sentence.Part == DocPart.Param || Phrases.ReturnsNull().Match(sentence.Lower) is not { Success: true } match)
            return;
        if (SentenceSubject.Of(sentence, match.Index) is { } subject && context.Header.FindFunction(subject) is { } function
            && context.Types.IsDataPointer(function.ReturnType))
        {
            claims.Add(Subject.Return(subject), Facts.Nullable, "true", Strength.Phrase, Name, SentenceSubject.Quote(sentence));
        }
    }

    private void ParameterNull(InferenceContext context, ClaimBoard claims, DocSentence sentence)
    {
        if (sentence.Owner is not { } owner || context.Header.FindFunction(owner) is not { } function)
            return;
        foreach (var parameter in function.Parameters.Where(p => context.Types.IsDataPointer(p.Type) && !p.IsNameSynthesized))
        {
            var about = sentence.Part == DocPart.Param
                ? sentence.Parameter == parameter.Name && Phrases.AcceptsNull().IsMatch(sentence.Lower)
                : NamesNullParameter(sentence.Lower, parameter.Name.ToLowerInvariant());
            if (about)
                claims.Add(Subject.Param(owner, parameter.Name), Facts.Nullable, "true", Strength.Phrase, Name, SentenceSubject.Quote(sentence));
        }
    }

    /// <summary>"if zVfs is NULL", "zVfs may be NULL", "zVfs can be a NULL pointer".</summary>
    private static bool NamesNullParameter(string sentence, string parameter)
    {
        if (parameter.Length < 2 || !sentence.Contains(parameter, StringComparison.Ordinal))
            return false;
        var name = Regex.Escape(parameter);
        return Regex.IsMatch(sentence, $@"\b(if|when|unless)\s+(the\s+)?{name}\s+(argument\s+|parameter\s+)?is\s+(a\s+)?null\b|\b{name}\s+(argument\s+|parameter\s+)?(may|can)\s+(also\s+)?be\s+(a\s+)?null\b",
            RegexOptions.None, TimeSpan.FromSeconds(1));
    }
}
