using System.Collections.Immutable;
using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Draft;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Resolution;

/// <summary>
/// Settles the <c>functions:</c> of a draft once the handles are known: each function's return facts and parameter
/// facts, keeping only facts the binder can accept (an owned value needs a handle with a release, or a function
/// that frees it). What the evidence says but the draft cannot express becomes a question for the reviewer.
/// </summary>
internal sealed class FunctionDrafter(InferenceContext context, ClaimBoard claims, HandleDrafter handles)
{
    private readonly OwnershipDrafter _ownership = new(context, claims, handles);

    public ImmutableArray<DraftFunction> Draft()
    {
        var result = ImmutableArray.CreateBuilder<DraftFunction>();
        foreach (var function in context.Functions)
        {
            var questions = new List<string>();
            var returns = Returns(function, questions);
            var parameters = function.Parameters.Select((p, i) => new ParamDrafter(context, claims, handles, _ownership).Draft(function, i, questions)).OfType<DraftEntry>();
            var draft = new DraftFunction(function.Name, returns, [.. parameters]) { Questions = [.. questions.Distinct()] };
            if (!draft.IsEmpty)
                result.Add(draft);
        }

        return result.ToImmutable();
    }

    private DraftEntry? Returns(FunctionDecl function, List<string> questions)
    {
        var type = function.ReturnType;
        var subject = Subject.Return(function.Name);
        if (context.Types.Shape.IsInteger(type))
        {
            var answer = new EntryBuilder(FactPath.ReturnsKey);
            if (Decide(subject, Facts.Bool, questions) is { Value: "true" } yesNo)
                answer.Add(Facts.Bool, "true", yesNo);
            return answer.Build();
        }

        if (!context.Types.IsDataPointer(type))
            return null;
        var builder = new EntryBuilder(FactPath.ReturnsKey);
        if (Decide(subject, Facts.String, questions) is { Value: "utf8" } text && context.Types.Shape.IsTextPointer(type))
            builder.Add(Facts.String, "utf8", text);
        _ownership.Draft(builder, subject, type, context.Types.HandleOfValue(type), isOut: false, questions);
        if (Decide(subject, Facts.Nullable, questions) is { Value: "true" } nullable)
            builder.Add(Facts.Nullable, "true", nullable);
        if (Decide(subject, Facts.NullMayBeError, questions) is { Value: "true" } failure)
            questions.Add(NullFailureQuestion(failure));
        return builder.Build();
    }

    private Decision? Decide(Subject subject, string fact, List<string> questions)
    {
        var outcome = FactResolver.Resolve(claims.About(subject, fact));
        if (outcome.Undecided is { } undecided)
            questions.Add($"{Describe(subject)} `{fact}`: {undecided}");
        return outcome.Decision;
    }

    /// <summary>The question a NULL that may mean failure raises: which error domain's code tells it from a value.</summary>
    private static string NullFailureQuestion(Decision decision) =>
        $"return `{Facts.NullMayBeError}`: the docs say a NULL can mean failure ({string.Join("; ", decision.Sources)}); add `{Facts.NullMayBeError}: <error domain with a code function>`, or `null_is_error: true` when NULL is never a value";

    public static string Describe(Subject subject) => subject.Kind == SubjectKind.Return ? "return" : $"parameter `{subject.Parameter}`";
}
