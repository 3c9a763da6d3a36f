using System.Text.RegularExpressions;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// An integer result that answers a question: a name that asks one (<c>x_is_empty</c>, <c>x_has_data</c>,
/// <c>stmt_readonly</c>, <c>stmt_busy</c>) together with a doc phrase that says so ("returns 1 if", "returns true if",
/// "returns non-zero if", "zero if and only if"), or such a phrase alone on a function whose name asks. The draft says
/// <c>bool: true</c>, inferred: a function that also returns other numbers (-1 for "unknown") must not get it.
/// </summary>
internal sealed partial class YesNoRule : IInferenceRule
{
    public string Name => "yes-no";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var function in context.Functions.Where(f => context.Types.Shape.IsInteger(f.ReturnType)))
        {
            var phrase = context.Docs.Of(function.Name).FirstOrDefault(s => s.Part != DocPart.Param && YesNoPhrase().IsMatch(s.Lower));
            if (phrase is null || OtherValues().IsMatch(string.Join(" ", context.Docs.Of(function.Name).Select(s => s.Lower))))
                continue;
            if (AsksQuestion(function.Name))
                claims.Add(Subject.Return(function.Name), Facts.Bool, "true", Strength.Phrase, Name, SentenceSubject.Quote(phrase));
        }
    }

    /// <summary>The name's last words ask a yes/no question.</summary>
    private static bool AsksQuestion(string name) => QuestionName().IsMatch(name.ToLowerInvariant());

    [GeneratedRegex(@"(^|_)(is|has|can|should|was|are)_|(^|_)(is|has)[a-z]|_(readonly|busy|empty|valid|eof|autocommit|enabled|frombind|nochange)$|(^|_)get_autocommit$")]
    private static partial Regex QuestionName();

    [GeneratedRegex(@"\breturns?\s+(1|one|true|non-?zero)(\s*\([^)]*\))?\s+(if|when)\b|\bzero\s+if\s+and\s+only\s+if\b|\breturns?\s+(true|non-?zero)\s+or\s+(false|zero)\b")]
    private static partial Regex YesNoPhrase();

    [GeneratedRegex(@"\b(returns?|or)\s+(-1|2)\b")]
    private static partial Regex OtherValues();
}
