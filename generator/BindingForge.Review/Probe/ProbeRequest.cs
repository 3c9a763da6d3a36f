using System.Collections.Immutable;

namespace BindingForge.Review.Probe;

/// <summary>What to probe and how.</summary>
/// <param name="Command">Trace mode: the program to run under the tracer (<c>probe CONTRACT -- COMMAND</c>); empty for
/// self-driven mode, where the probe's driver makes the calls.</param>
/// <param name="Compiler">The C compiler (<c>--cc</c>); null: <c>$CC</c>, <c>cc</c>, <c>gcc</c>, <c>clang</c>.</param>
/// <param name="Libraries">Library files the driver loads before the contract's own names (<c>--lib</c>).</param>
/// <param name="KeepTrace">A folder to write the raw trace to and keep (<c>--keep-trace</c>); null: a temporary one.</param>
public sealed record ProbeRequest(ImmutableArray<string> Command, string? Compiler, ImmutableArray<string> Libraries, string? KeepTrace)
{
    /// <summary>How long the traced program or the driver may run.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);
}
