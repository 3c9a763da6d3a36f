namespace BindingForge.Review.Probe;

/// <summary>The diagnostics of <c>bindingforge probe</c> (BF2600-BF2619); each has a page under docs/diagnostics.</summary>
public static class ProbeDiagnosticIds
{
    /// <summary>No C compiler to build the tracer and the driver with.</summary>
    public const string NoCompiler = "BF2600";

    /// <summary>The tracer or the driver did not compile.</summary>
    public const string BuildFailed = "BF2601";

    /// <summary>The traced command could not start, or exited with a failure.</summary>
    public const string CommandFailed = "BF2602";

    /// <summary>A function's <c>probe: args</c> does not fit its parameters.</summary>
    public const string BadHint = "BF2603";

    /// <summary>The probe runs on x86-64 Linux only.</summary>
    public const string UnsupportedPlatform = "BF2604";

    /// <summary>The driver stopped during a self-driven call (a crash or a refused plan).</summary>
    public const string DriverStopped = "BF2605";

    /// <summary>A fact the probe refuted, at the line that states it.</summary>
    public const string Refuted = "BF2606";

    /// <summary><c>--record</c> could not write a fact's status.</summary>
    public const string NotRecorded = "BF2607";

    /// <summary>The trace is incomplete (the tracer's table of blocks filled up, or a call nested too deep).</summary>
    public const string TraceIncomplete = "BF2608";
}
