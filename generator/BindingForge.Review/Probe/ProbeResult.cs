using System.Collections.Immutable;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Probe;

/// <summary>The verdict on every ownership fact, what was run, and the diagnostics.</summary>
/// <param name="Mode"><c>self</c> (the driver's own calls) or <c>trace</c> (a command).</param>
/// <param name="Planned">In self-driven mode, the calls the driver made, in order (a free it skipped says so).</param>
/// <param name="Calls">How many traced calls the trace holds.</param>
public sealed record ProbeResult(string Mode, ImmutableArray<ProbeVerdict> Verdicts, ImmutableArray<string> Planned, int Calls, ImmutableArray<Diagnostic> Diagnostics)
{
    public int Count(ProbeOutcome outcome) => Verdicts.Count(v => v.Outcome == outcome);

    /// <summary>1 when a fact was refuted or the probe failed, else 0.</summary>
    public int ExitCode => Diagnostics.Any(d => d.IsError) ? 1 : 0;
}
