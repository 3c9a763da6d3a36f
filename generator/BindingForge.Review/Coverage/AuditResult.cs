using System.Collections.Immutable;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Coverage;

/// <summary>
/// What <c>bindingforge check</c> reports: the check's own diagnostics (load, parse, bind), then drift, then coverage,
/// all as diagnostics; and the numbers behind them for the summary and machine-readable formats.
/// </summary>
public sealed record AuditResult(CoverageReport Coverage, ImmutableArray<DriftFinding> Drift, IReadOnlyList<Diagnostic> Diagnostics, bool Strict)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>1 when any diagnostic is an error (under <c>--strict</c>, any drift, uncovered function or inferred fact is one), else 0.</summary>
    public int ExitCode => Errors > 0 ? 1 : 0;
}
