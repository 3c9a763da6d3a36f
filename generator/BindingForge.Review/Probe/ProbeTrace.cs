using System.Collections.Immutable;
using System.Globalization;

namespace BindingForge.Review.Probe;

/// <summary>
/// The tracer's output read back: the calls and the blocks of every process it ran in. The tracer (runtime/probe/bfprobe.c)
/// writes one file per process, <c>trace.PID</c>, with one event per line, each stamped with an ordinal of one clock:
/// <code>
/// E ORD FN A0..A5              a call of function FN entered
/// L ORD END FN RESULT O0..O5   the call ORD returned at END (O: the out parameters' pointers)
/// A ORD FRAME PTR SIZE         a block allocated during the call FRAME
/// F ORD FRAME PTR              a tracked block freed (FRAME 0: outside every traced call)
/// M ORD FRAME OLD NEW SIZE     a tracked block moved by realloc
/// X WHAT ...                   the trace is incomplete
/// </code>
/// </summary>
public sealed class ProbeTrace
{
    private readonly Dictionary<(int Pid, long Ordinal), TraceCall> _calls = [];
    private readonly Dictionary<(int Pid, long Frame), List<TraceBlock>> _byFrame = [];
    private readonly Dictionary<int, List<TraceBlock>> _byPid = [];

    public ImmutableArray<TraceCall> Calls { get; private set; } = [];

    public ImmutableArray<TraceBlock> Blocks { get; private set; } = [];

    /// <summary>Why the trace is incomplete, when the tracer said so.</summary>
    public ImmutableArray<string> Problems { get; private set; } = [];

    /// <summary>Reads every <c>trace.*</c> file of <paramref name="folder"/>.</summary>
    public static ProbeTrace Read(string folder, ImmutableArray<string> functions)
    {
        var trace = new ProbeTrace();
        var calls = new List<TraceCall>();
        var blocks = new List<TraceBlock>();
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "trace.*").Order(StringComparer.Ordinal))
        {
            var pid = int.TryParse(Path.GetExtension(file).TrimStart('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
            new TraceFileReader(pid, functions, calls, blocks, problems).Read(File.ReadLines(file));
        }

        trace.Calls = [.. calls.OrderBy(c => c.Pid).ThenBy(c => c.Ordinal)];
        trace.Blocks = [.. blocks];
        trace.Problems = [.. problems.Distinct()];
        foreach (var call in trace.Calls)
            trace._calls[(call.Pid, call.Ordinal)] = call;
        foreach (var block in blocks)
        {
            Add(trace._byFrame, (block.Pid, block.AllocatedIn), block);
            Add(trace._byPid, block.Pid, block);
        }

        return trace;
    }

    /// <summary>The calls of <paramref name="function"/> that returned, in order.</summary>
    public IEnumerable<TraceCall> CallsOf(string function) => Calls.Where(c => c.Function == function && c.Returned);

    /// <summary>The traced call that entered at <paramref name="ordinal"/>, if any.</summary>
    public TraceCall? CallAt(int pid, long ordinal) => _calls.GetValueOrDefault((pid, ordinal));

    /// <summary>The blocks allocated during <paramref name="call"/> itself (not in calls nested in it).</summary>
    public IReadOnlyList<TraceBlock> AllocatedBy(TraceCall call) => _byFrame.GetValueOrDefault((call.Pid, call.Ordinal)) ?? [];

    /// <summary>The block <paramref name="call"/> allocated that <paramref name="value"/> points into when it returns
    /// (a library may hand out a pointer past a header of its own), if any.</summary>
    public TraceBlock? FreshBlock(TraceCall call, ulong value) => AllocatedBy(call).FirstOrDefault(b => b.Contains(value, call.End));

    /// <summary>Any tracked block <paramref name="value"/> points into at <paramref name="ordinal"/>.</summary>
    public TraceBlock? BlockAt(int pid, ulong value, long ordinal) =>
        (_byPid.GetValueOrDefault(pid) ?? []).FirstOrDefault(b => b.Contains(value, ordinal));

    /// <summary>The blocks freed during <paramref name="call"/> itself.</summary>
    public IEnumerable<TraceBlock> FreedBy(TraceCall call) =>
        (_byPid.GetValueOrDefault(call.Pid) ?? []).Where(b => b.Freed is not null && b.FreedIn == call.Ordinal);

    /// <summary>The function of the traced call a block was freed in; null for a free outside the library's calls.</summary>
    public string? FreerOf(TraceBlock block) => block.FreedIn == 0 ? null : CallAt(block.Pid, block.FreedIn)?.Function;

    private static void Add<TKey>(Dictionary<TKey, List<TraceBlock>> index, TKey key, TraceBlock block) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(block);
    }
}
