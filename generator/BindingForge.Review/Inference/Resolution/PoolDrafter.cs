using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Draft;
using BindingForge.Review.Writing;

namespace BindingForge.Review.Inference.Resolution;

/// <summary>
/// Drafts the pool facts (docs/inference.md, "Pools"), after the handles and functions are drafted. The evidence: a
/// handle parameter documented as the place memory is allocated from ("The pool to allocate out of", "allocated
/// from the pool") makes its handle a pool (<c>pool: true</c>) and the function's pointer result <c>from_pool</c> that
/// parameter; a result that is itself a pool (or an out pool with a parent pool argument) is a subpool, owned and
/// <c>from_pool</c> its parent; a one-argument function of a pool named or documented as a clear <c>clears</c> it; a
/// cleanup registration on a pool gets <c>callback: { scope: pool }</c>; a steal or move onto a pool gets
/// <c>moves_to</c>. A result the phrases say is from a pool loses an <c>owned</c> the naming rules proposed (a pool's
/// objects are never freed on their own), with a note. Inferred facts are marked for review; where the evidence is
/// only a name, the confidence says so.
/// </summary>
internal static partial class PoolDrafter
{
    [GeneratedRegex(@"\ballocat\w*\b.*\b(from|out of|in|into)\b|\b(from|out of) which\b.*\ballocat|\bpool to (allocate|use)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllocatedFrom();

    [GeneratedRegex(@"\b(valid|lives?|live) until\b.*\b(cleared|destroyed|freed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ValidUntilCleared();

    [GeneratedRegex(@"\bclear(s|ed)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClearWord();

    [GeneratedRegex(@"\bcleanup\b", RegexOptions.IgnoreCase)]
    private static partial Regex CleanupWord();

    [GeneratedRegex(@"(^|_)(steal|move|reparent)(_|$)", RegexOptions.IgnoreCase)]
    private static partial Regex MoveWord();

    public static (ImmutableArray<DraftEntry> Handles, ImmutableArray<DraftFunction> Functions) Apply(
        InferenceContext context, ImmutableArray<DraftEntry> handles, ImmutableArray<DraftFunction> functions)
    {
        var pools = FindPools(context, handles);
        if (pools.Count == 0)
            return (handles, functions);
        var updatedHandles = handles.Select(h => pools.TryGetValue(h.Key, out var evidence)
            ? h with { Facts = h.Facts.Add(new DraftFact(HandleKeys.Pool.Key, "true")), Sources = h.Sources.Add(evidence) }
            : h).ToImmutableArray();
        var byName = functions.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var function in context.Functions)
        {
            var draft = byName.GetValueOrDefault(function.Name) ?? new DraftFunction(function.Name, null, []);
            var updated = Function(context, function, draft, pools);
            if (!ReferenceEquals(updated, draft))
                byName[function.Name] = updated;
        }
        var order = context.Functions.Select(f => f.Name).ToList();
        return (updatedHandles, [.. order.Where(byName.ContainsKey).Select(n => byName[n]).Where(f => !f.IsEmpty)]);
    }

    /// <summary>Handle keys whose values some function documents as the place it allocates from, with the sentence.</summary>
    private static Dictionary<string, string> FindPools(InferenceContext context, ImmutableArray<DraftEntry> handles)
    {
        var drafted = handles.Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
        var pools = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var function in context.Functions)
        {
            foreach (var param in function.Parameters)
            {
                if (context.Types.HandleOfValue(param.Type) is not { } handle || !drafted.Contains(handle.Key) || pools.ContainsKey(handle.Key))
                    continue;
                if (ParamDoc(function, param) is { } doc && AllocatedFrom().IsMatch(doc))
                    pools[handle.Key] = $"{function.Name}: @param {param.Name} \"{Clip(doc)}\"";
            }
        }
        return pools;
    }

    private static DraftFunction Function(InferenceContext context, FunctionDecl function, DraftFunction draft, Dictionary<string, string> pools)
    {
        var poolParams = function.Parameters.Select((p, i) => (Param: p, Index: i))
            .Where(p => context.Types.HandleOfValue(p.Param.Type) is { } h && pools.ContainsKey(h.Key)).ToList();
        if (poolParams.Count == 0)
            return draft;

        // A one-argument function of a pool whose name or comment says clear: `clears`.
        if (function.Parameters.Length == 1 && Words(context, function).Contains("clear"))
        {
            var source = function.Doc is { } doc && ClearWord().IsMatch(doc.Summary) ? $"{function.Name}: \"{Clip(doc.Summary)}\"" : $"{function.Name}: named clear, takes only the pool";
            return draft with { Facts = draft.Facts.Add(new DraftFact(FunctionKeys.Clears.Key, YamlText.Scalar(function.Parameters[0].Name))), FactSources = draft.FactSources.Add(source) };
        }

        draft = Cleanup(context, function, draft, poolParams[0].Param);
        draft = Move(context, function, draft, poolParams);
        return Results(context, function, draft, poolParams, pools);
    }

    /// <summary>The pointer result (or out pool) allocated from a pool parameter.</summary>
    private static DraftFunction Results(InferenceContext context, FunctionDecl function, DraftFunction draft,
        List<(ParameterDecl Param, int Index)> poolParams, Dictionary<string, string> pools)
    {
        var from = poolParams.FirstOrDefault(p => ParamDoc(function, p.Param) is { } d && AllocatedFrom().IsMatch(d));
        var parent = poolParams.FirstOrDefault(p => p.Param.Name.Contains("parent", StringComparison.OrdinalIgnoreCase));

        // An out pool with a parent pool: a subpool.
        foreach (var param in function.Parameters)
        {
            if (context.Types.HandleOfOut(param.Type) is { } outHandle && pools.ContainsKey(outHandle.Key) && parent.Param is { } parentParam)
            {
                var entry = draft.Params.FirstOrDefault(p => p.Key == param.Name) ?? new DraftEntry(param.Name, [new DraftFact(ParamKeys.Out.Key, "owned")], [], Confidence.Medium);
                entry = Set(entry, ParamKeys.FromPool.Key, parentParam.Name, $"{function.Name}: an out pool with a parent pool `{parentParam.Name}`: a subpool, destroyed with its parent");
                draft = draft with { Params = [.. draft.Params.Where(p => p.Key != param.Name), entry] };
                if (draft.Params.FirstOrDefault(p => p.Key == parentParam.Name) is null && ParamDoc(function, parentParam) is { } parentDoc && parentDoc.Contains("NULL", StringComparison.Ordinal))
                    draft = draft with { Params = draft.Params.Add(new DraftEntry(parentParam.Name, [new DraftFact(ParamKeys.Nullable.Key, "true")], [$"{function.Name}: @param {parentParam.Name} \"{Clip(parentDoc)}\""], Confidence.High)) };
            }
        }

        if (!context.Types.IsDataPointer(function.ReturnType))
            return draft;
        var returnsPool = context.Types.HandleOfValue(function.ReturnType) is { } result && pools.ContainsKey(result.Key);
        var evidence = from.Param is { } f ? $"{function.Name}: @param {f.Name} \"{Clip(ParamDoc(function, f)!)}\""
            : function.Doc is { } doc && (AllocatedFrom().IsMatch(doc.Text) || ValidUntilCleared().IsMatch(doc.Text)) ? $"{function.Name}: \"{Clip(doc.Summary)}\"" : null;
        var pool = returnsPool ? parent.Param ?? from.Param : from.Param ?? (evidence is not null ? poolParams[0].Param : null);
        if (pool is null || evidence is null && !returnsPool)
            return draft;
        var returns = draft.Returns ?? new DraftEntry(FunctionKeys.Returns.Key, [], [], Confidence.High);
        if (returnsPool)
        {
            returns = returns.Without(ReturnKeys.Borrowed.Key).Without(ReturnKeys.Owned.Key);
            returns = returns with { Facts = returns.Facts.Add(new DraftFact(ReturnKeys.Owned.Key, "true")) };
            returns = Set(returns, ReturnKeys.FromPool.Key, pool.Name, $"{function.Name}: returns a pool made in the pool `{pool.Name}`: a subpool, destroyed with it");
        }
        else
        {
            if (returns.Facts.Any(x => x.Key == ReturnKeys.Owned.Key))
                returns = returns.Without(ReturnKeys.Owned.Key) with { Notes = returns.Notes.Add("the naming rules proposed `owned`; the comment says it is allocated from the pool, which frees it") };
            returns = Set(returns.Without(ReturnKeys.Borrowed.Key), ReturnKeys.FromPool.Key, pool.Name, evidence!);
        }
        return draft with { Returns = returns };
    }

    /// <summary>A cleanup registered on a pool: its callback lives until the pool is next cleared.</summary>
    private static DraftFunction Cleanup(InferenceContext context, FunctionDecl function, DraftFunction draft, ParameterDecl pool)
    {
        if (!Words(context, function).Contains("cleanup") && !(function.Doc is { } doc && CleanupWord().IsMatch(doc.Summary)))
            return draft;
        var data = function.Parameters.FirstOrDefault(p => context.Types.IsVoidPointer(p.Type));
        if (data is null)
            return draft;
        var callbacks = function.Parameters.Where(p => context.Types.Shape.AsFunctionPointer(p.Type) is not null).ToList();
        if (callbacks.Count == 0)
            return draft;
        var source = $"{function.Name}: registers a cleanup on the pool `{pool.Name}`, run when it is cleared or destroyed";
        var first = new DraftEntry(callbacks[0].Name, [new DraftFact(ParamKeys.Callback.Key, $"{{ scope: pool, user_data: {YamlText.Scalar(data.Name)} }}")], [source], Confidence.Medium);
        var entries = draft.Params.Where(p => p.Key != callbacks[0].Name).Append(first);
        if (callbacks.Count > 1)
            entries = entries.Append(new DraftEntry(callbacks[1].Name, [new DraftFact(ParamKeys.Value.Key, "0")], [source],
                Confidence.Low) { Notes = ["a second cleanup sharing the user data (APR's child_cleanup): passed as NULL here; check the library accepts that"] });
        return draft with { Params = [.. entries] };
    }

    /// <summary>An object moved onto a pool (talloc's steal): <c>moves_to</c> that pool.</summary>
    private static DraftFunction Move(InferenceContext context, FunctionDecl function, DraftFunction draft, List<(ParameterDecl Param, int Index)> poolParams)
    {
        if (!MoveWord().IsMatch(function.Name) || poolParams.Count != 1)
            return draft;
        var moved = function.Parameters.FirstOrDefault(p => p != poolParams[0].Param && context.Types.HandleOfValue(p.Type) is not null);
        if (moved is null)
            return draft;
        var entry = draft.Params.FirstOrDefault(p => p.Key == moved.Name) ?? new DraftEntry(moved.Name, [], [], Confidence.Medium);
        entry = Set(entry, ParamKeys.MovesTo.Key, poolParams[0].Param.Name, $"{function.Name}: named a steal or move onto the pool `{poolParams[0].Param.Name}`");
        return draft with { Params = [.. draft.Params.Where(p => p.Key != moved.Name), entry with { Confidence = Confidence.Medium }] };
    }

    private static DraftEntry Set(DraftEntry entry, string key, string value, string source) =>
        entry.Without(key) with { Facts = entry.Without(key).Facts.Add(new DraftFact(key, YamlText.Scalar(value))), Sources = entry.Sources.Contains(source) ? entry.Sources : entry.Sources.Add(source) };

    private static IReadOnlySet<string> Words(InferenceContext context, FunctionDecl function) =>
        context.Words(function.Name).Words.Select(Verbs.Stem).ToHashSet(StringComparer.Ordinal);

    private static string? ParamDoc(FunctionDecl function, ParameterDecl param) =>
        function.Doc?.Params.TryGetValue(param.Name, out var doc) == true ? doc.Text : null;

    private static string Clip(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 100 ? flat : flat[..97] + "...";
    }
}
