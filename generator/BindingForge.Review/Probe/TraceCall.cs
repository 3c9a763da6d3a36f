using System.Collections.Immutable;

namespace BindingForge.Review.Probe;

/// <summary>One traced call: its ordinals (the trace's global clock) at entry and return, its first six integer
/// arguments, its result register and the pointers its out parameters held after it (0 when not asked or NULL).</summary>
public sealed record TraceCall(int Pid, long Ordinal, long End, string Function, ImmutableArray<ulong> Args, ulong Result, ImmutableArray<ulong> Outs)
{
    /// <summary>True when the call returned (a crash or an exit inside it leaves it open).</summary>
    public bool Returned => End > 0;

    /// <summary>The value the fact's parameter carries: the result for -1, else the out value.</summary>
    public ulong ValueOf(int parameter) => parameter < 0 ? Result : parameter < Outs.Length ? Outs[parameter] : 0;
}
