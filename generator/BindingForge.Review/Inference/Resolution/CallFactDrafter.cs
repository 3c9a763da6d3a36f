using System.Collections.Frozen;
using System.Collections.Immutable;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Draft;

namespace BindingForge.Review.Inference.Resolution;

/// <summary>
/// Drafts the facts of a call itself once handles and functions are drafted: its mutability (<c>access</c>) from
/// <c>const</c> handle parameters and verbs, and <c>leaf</c> candidates, conservatively: a scalar accessor of a
/// handle. Every fact is written <c>status: inferred</c> with its evidence, and a leaf candidate also asks the reviewer
/// to confirm what the header cannot show (no lock, no wait, no callback).
/// </summary>
internal static class CallFactDrafter
{
    /// <summary>Verbs of calls that only look at their handle.</summary>
    private static readonly FrozenSet<string> ReadVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "get", "is", "has", "count", "size", "length", "len", "peek", "find", "lookup", "contains", "equal", "equals", "compare", "cmp");

    /// <summary>Verbs of calls that change their handle.</summary>
    private static readonly FrozenSet<string> MutateVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "set", "add", "remove", "delete", "insert", "append", "prepend", "clear", "reset", "put", "push", "pop", "write",
        "update", "bind", "unbind", "step", "register", "unregister", "attach", "detach", "enable", "disable", "apply",
        "store", "replace", "truncate", "flush", "seek");

    /// <summary>Verbs of accessors a leaf candidate must carry: they answer a question about the handle.</summary>
    private static readonly FrozenSet<string> AccessorVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "get", "is", "has", "count", "size", "length", "len");

    /// <summary>Adds the call facts to the drafted functions; functions with nothing else drafted get an entry of their own.</summary>
    public static ImmutableArray<DraftFunction> Apply(InferenceContext context, ImmutableArray<DraftEntry> handles, ImmutableArray<DraftFunction> functions)
    {
        var drafted = handles.Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
        var ends = handles.SelectMany(h => h.Facts).Where(f => f.Key == HandleKeys.Release.Key || f.Key == HandleKeys.Retain.Key)
            .Select(f => f.Yaml).ToHashSet(StringComparer.Ordinal);
        var byName = functions.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<DraftFunction>();
        foreach (var function in context.Functions)
        {
            var draft = byName.GetValueOrDefault(function.Name) ?? new DraftFunction(function.Name, null, []);
            var handleParams = function.Parameters.Where(p => context.Types.HandleOfValue(p.Type) is { } h && drafted.Contains(h.Key)).ToList();
            if (handleParams.Count > 0 && !ends.Contains(function.Name) && !Consumes(draft))
                draft = Access(context, function, draft, handleParams);
            if (draft.Facts.Any(f => f.Key == FunctionKeys.Access.Key && f.Yaml == "read") && IsScalarAccessor(context, function, handleParams))
                draft = Leaf(function, draft);
            if (!draft.IsEmpty)
                result.Add(draft);
        }

        return result.ToImmutable();
    }

    private static DraftFunction Access(InferenceContext context, FunctionDecl function, DraftFunction draft, List<ParameterDecl> handleParams)
    {
        var words = context.Words(function.Name).Words.Select(Verbs.Stem).ToList();
        var mutates = words.FirstOrDefault(MutateVerbs.Contains);
        var reads = words.FirstOrDefault(ReadVerbs.Contains);
        var allConst = handleParams.All(p => context.Types.PointsToConst(p.Type));
        var names = string.Join(", ", handleParams.Select(p => $"`{p.Name}`"));
        if (allConst && mutates is not null)
            return draft with { Questions = draft.Questions.Add($"`access`: {names} is a const handle but the name says `{mutates}`; state `access: read` or `access: mutate`") };
        if (allConst)
            return With(draft, "read", $"{function.Name}: {names} points to const{(reads is null ? "" : $", named `{reads}`")}");
        if (mutates is not null)
            return With(draft, "mutate", $"{function.Name}: named `{mutates}`");
        if (reads is not null && function.Parameters.All(p => handleParams.Contains(p) || IsScalar(context, p.Type) || context.Types.IsCharPointer(p.Type) && context.Types.PointsToConst(p.Type)))
            return With(draft, "read", $"{function.Name}: named `{reads}`, scalar arguments; {names} is not const: check the call changes nothing");
        return draft;
    }

    private static DraftFunction With(DraftFunction draft, string access, string source) => draft with
    {
        Facts = draft.Facts.Add(new DraftFact(FunctionKeys.Access.Key, access)),
        FactSources = draft.FactSources.Add(source),
    };

    /// <summary>A drafted <c>consumed</c> parameter: the call ends a handle, it cannot only read it.</summary>
    private static bool Consumes(DraftFunction draft) => draft.Params.Any(p => p.Facts.Any(f => f.Key == ParamKeys.Consumed.Key && f.Yaml == "true"));

    /// <summary>A read of one handle with an accessor's name, scalar arguments besides it and a scalar result.</summary>
    private static bool IsScalarAccessor(InferenceContext context, FunctionDecl function, List<ParameterDecl> handleParams) =>
        handleParams.Count == 1
        && function.Parameters.All(p => handleParams.Contains(p) || IsScalar(context, p.Type))
        && IsScalar(context, function.ReturnType)
        && context.Words(function.Name).Words.Select(Verbs.Stem).Any(AccessorVerbs.Contains)
        && (function.Doc is not { } doc || !MentionsWaiting(doc.Text));

    private static DraftFunction Leaf(FunctionDecl function, DraftFunction draft) => draft with
    {
        Facts = draft.Facts.Add(new DraftFact(FunctionKeys.Leaf.Key, "true")),
        FactSources = draft.FactSources.Add($"{function.Name}: a leaf candidate, a scalar accessor of one handle"),
        Questions = draft.Questions.Add("`leaf` is a candidate: confirm in the source that the call takes no lock, never waits and never calls back, or remove it (a leaf call runs with the GC transition suppressed: a wait there stalls every thread's garbage collection)"),
    };

    private static bool IsScalar(InferenceContext context, CType type) => context.Types.Shape.IsScalar(type);

    /// <summary>Words of a comment that say the call may take long or call out: no leaf candidate then.</summary>
    private static readonly string[] WaitingWords = ["lock", "mutex", "wait", "block", "spin", "sleep", "timeout", "poll", "callback", "call back", "handler"];

    private static bool MentionsWaiting(string text) => WaitingWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
