using System.Collections.Immutable;
using System.Globalization;

namespace BindingForge.Review.Probe;

/// <summary>
/// Weighs a trace against each fact. An owned value must be a heap block the call allocated (refuted: static data,
/// memory the library held already, or an allocator the tracer does not see), and its free function, when called on
/// it, must free it. A borrowed value must not be a block only the caller could free (refuted: a fresh block still
/// live after the handle it came from was released, or freed by the program itself). A release function must free
/// something (refuted: every call freed nothing).
/// </summary>
public sealed class FactJudge(ProbeTrace trace, ImmutableArray<ProbeFact> facts)
{
    /// <summary>The functions that release what their first argument holds: a borrowed value's owner ends there.</summary>
    private readonly HashSet<string> _releasers = [.. facts.Where(f => f.Kind == ProbeFactKind.Release).Select(f => f.Function)];

    public ImmutableArray<ProbeVerdict> Judge() => [.. facts.Select(Judge)];

    private ProbeVerdict Judge(ProbeFact fact) => fact.Kind switch
    {
        ProbeFactKind.Owned => Owned(fact),
        ProbeFactKind.Borrowed => Borrowed(fact),
        _ => Release(fact),
    };

    private ProbeVerdict Owned(ProbeFact fact)
    {
        var values = Values(fact);
        if (values.Count == 0)
            return NotExercised(fact);
        var fresh = new List<TraceBlock>();
        foreach (var (call, value) in values)
        {
            if (trace.FreshBlock(call, value) is not { } block)
                return new(fact, ProbeOutcome.Refuted, $"{Address(value)} from a call of {fact.Function} is not a heap block that call allocated: {Elsewhere(call, value)}", values.Count);
            if (fact.FreedBy is { } free && FreeCallOn(free, block) is { } freeCall && block.FreedIn != freeCall.Ordinal)
                return new(fact, ProbeOutcome.Refuted, $"{free}({Address(value)}) did not free the {block.Size}-byte block {fact.Function} allocated", values.Count);
            fresh.Add(block);
        }

        var evidence = $"{Times(values.Count)} a fresh heap block ({Sizes(fresh)})";
        return new(fact, ProbeOutcome.Confirmed, evidence + Freers(fresh), values.Count);
    }

    private ProbeVerdict Borrowed(ProbeFact fact)
    {
        var values = Values(fact);
        if (values.Count == 0)
            return NotExercised(fact);
        int held = 0, freedByLibrary = 0, open = 0;
        foreach (var (call, value) in values)
        {
            if (trace.FreshBlock(call, value) is not { } block)
            {
                held++;
                continue;
            }

            if (block.Freed is not null && block.FreedIn != 0)
                freedByLibrary++;
            else if (block.Freed is not null)
                return new(fact, ProbeOutcome.Refuted, $"the {block.Size}-byte block {fact.Function} returned at {Address(value)} was freed by the program, outside the library's calls", values.Count);
            else if (OwnerReleased(call))
                return new(fact, ProbeOutcome.Refuted, $"{fact.Function} allocated the {block.Size}-byte block it returned at {Address(value)}, and nothing freed it, not even the release of its handle: the caller must (it looks owned)", values.Count);
            else
                open++;
        }

        if (held + freedByLibrary == 0)
            return new(fact, ProbeOutcome.NotExercised, $"inconclusive: {Times(open)} a fresh block still live at exit, and its handle was never released", values.Count);
        var parts = new List<string>();
        if (held > 0)
            parts.Add($"{held} not a block the call allocated (static data or memory the library already held)");
        if (freedByLibrary > 0)
            parts.Add($"{freedByLibrary} a fresh block the library freed itself later");
        if (open > 0)
            parts.Add($"{open} still live at exit with its handle not released");
        return new(fact, ProbeOutcome.Confirmed, $"{values.Count} value(s): " + string.Join("; ", parts), values.Count);
    }

    private ProbeVerdict Release(ProbeFact fact)
    {
        var calls = trace.CallsOf(fact.Function).Where(c => c.Args[0] != 0).ToList();
        if (calls.Count == 0)
            return NotExercised(fact);
        int freeing = 0, own = 0, blocks = 0;
        ulong bytes = 0;
        var allocators = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var call in calls)
        {
            var freed = trace.FreedBy(call).ToList();
            allocators.UnionWith(freed.Select(b => trace.CallAt(b.Pid, b.AllocatedIn)?.Function).OfType<string>());
            if (freed.Count > 0)
                freeing++;
            if (freed.Any(b => b.Contains(call.Args[0], call.Ordinal)))
                own++;
            blocks += freed.Count;
            bytes += freed.Aggregate(0UL, (sum, b) => sum + b.Size);
        }

        if (freeing == 0)
            return new(fact, ProbeOutcome.Refuted, $"{calls.Count} call(s) of {fact.Function} on a non-NULL argument freed no heap block", calls.Count);
        var ownText = own > 0 ? $", the argument's own block in {own}" : string.Empty;
        var from = allocators.Count > 0 ? $", allocated by {string.Join(", ", allocators)}" : string.Empty;
        return new(fact, ProbeOutcome.Confirmed, $"{freeing} of {calls.Count} call(s) freed heap blocks ({blocks} blocks, {bytes} bytes{ownText}{from})", calls.Count);
    }

    /// <summary>Each returned call of the fact's function with a non-NULL value.</summary>
    private List<(TraceCall Call, ulong Value)> Values(ProbeFact fact) =>
        [.. trace.CallsOf(fact.Function).Select(c => (Call: c, Value: c.ValueOf(fact.Parameter))).Where(v => v.Value != 0)];

    private TraceCall? FreeCallOn(string free, TraceBlock block) =>
        trace.CallsOf(free).FirstOrDefault(c => c.Pid == block.Pid && c.Ordinal > block.Allocated && block.Contains(c.Args[0], c.Ordinal));

    /// <summary>True when a release function was later called on one of the call's pointer arguments.</summary>
    private bool OwnerReleased(TraceCall call) => trace.Calls.Any(c => c.Pid == call.Pid && c.Ordinal > call.End
        && _releasers.Contains(c.Function) && c.Args[0] != 0 && call.Args.Contains(c.Args[0]));

    private string Elsewhere(TraceCall call, ulong value) => trace.BlockAt(call.Pid, value, call.Ordinal) is { } earlier
        ? $"it points into a {earlier.Size}-byte block allocated earlier, in {trace.CallAt(earlier.Pid, earlier.AllocatedIn)?.Function ?? "another call"}"
        : "static data, memory allocated outside the traced calls, or an allocator other than malloc";

    private string Freers(List<TraceBlock> blocks)
    {
        var freers = blocks.Where(b => b.Freed is not null).GroupBy(b => trace.FreerOf(b) ?? "the program").Select(g => $"{g.Key} ({g.Count()})").ToList();
        var live = blocks.Count(b => b.Freed is null);
        return (freers.Count > 0 ? "; freed by " + string.Join(", ", freers) : string.Empty) + (live > 0 ? $"; {live} still live at exit" : string.Empty);
    }

    private static ProbeVerdict NotExercised(ProbeFact fact) => new(fact, ProbeOutcome.NotExercised, $"{fact.Function} was not called with a non-NULL value", 0);

    private static string Times(int count) => count == 1 ? "1 call:" : $"{count} calls: each";

    private static string Sizes(List<TraceBlock> blocks)
    {
        var sizes = blocks.Select(b => b.Size).Distinct().Order().ToList();
        return (sizes.Count <= 3 ? string.Join(", ", sizes) : $"{sizes[0]} to {sizes[^1]}") + " bytes";
    }

    private static string Address(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);
}
