using System.Text.RegularExpressions;
using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// "takes ownership of obj", "steals the reference", "ownership of obj passes to the list": the function takes over a
/// handle argument, which the safe layer must then never free itself (<c>consumed: true</c>). The parameter is the one
/// a Doxygen <c>\param</c> paragraph documents, or the one the phrase names, or the function's only handle argument;
/// a phrase whose subject is the caller ("the caller takes ownership of the result") is about the return, not here.
/// </summary>
internal sealed partial class ConsumedPhraseRule : IInferenceRule
{
    public string Name => "consumed-phrase";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var sentence in context.Docs.All)
        {
            var match = TakesOver().Match(sentence.Lower);
            if (!match.Success || CallerBefore().IsMatch(sentence.Lower[..match.Index]) || Phrases.Negation().IsMatch(sentence.Lower[..match.Index]))
                continue;
            if (SentenceSubject.Of(sentence, match.Index) is not { } function || context.Header.FindFunction(function) is not { } decl)
                continue;
            var named = Pronoun().IsMatch(match.Groups["what"].Value) ? "" : match.Groups["what"].Value;
            if (Parameter(context, decl, sentence, named) is { } parameter)
                claims.Add(Subject.Param(decl.Name, parameter.Name), Facts.Consumed, "true", Strength.Phrase, Name, SentenceSubject.Quote(sentence));
        }
    }

    private static ParameterDecl? Parameter(InferenceContext context, FunctionDecl function, DocSentence sentence, string named)
    {
        var handles = function.Parameters.Where(p => context.Types.HandleOfValue(p.Type) is { } h && context.Handles.ContainsKey(h.Identity)).ToList();
        if (sentence.Part == DocPart.Param)
            return handles.FirstOrDefault(p => p.Name == sentence.Parameter);
        return handles.FirstOrDefault(p => p.Name.Equals(named, StringComparison.OrdinalIgnoreCase)) ?? (handles.Count == 1 && named.Length == 0 ? handles[0] : null);
    }

    /// <summary>The phrases of taking over an argument; <c>what</c> is the word naming it, when the phrase names one.</summary>
    [GeneratedRegex(@"\b(takes|take|assumes|acquires)\s+(over\s+)?ownership(\s+of\s+(the\s+|its\s+|this\s+|that\s+)?(?<what>[a-z_][a-z0-9_]*))?|\bsteals?\s+(the|a|its|your)\s+(reference|ownership)(\s+(to|of|on)\s+(?<what>[a-z_][a-z0-9_]*))?|\bownership\s+of\s+(the\s+)?(?<what>[a-z_][a-z0-9_]*)\s+(is\s+)?(transferred|passed|passes|goes)\s+to\s+the\s+(function|library|callee|list|container|table|object)\b")]
    private static partial Regex TakesOver();

    /// <summary>Words that stand for the argument without naming it ("takes ownership of it").</summary>
    [GeneratedRegex(@"^(it|them|this|that|object|argument|reference|handle|pointer|value|item|element|entry)$")]
    private static partial Regex Pronoun();

    /// <summary>"the caller takes ownership", "you assume ownership": a statement about what the caller gets.</summary>
    [GeneratedRegex(@"\b(caller|callers|application|client|user|you)\s+(then\s+|now\s+)?$")]
    private static partial Regex CallerBefore();
}
