using BindingForge.Contracts;
using BindingForge.Generator.Session;
using BindingForge.Model.Diagnostics;
using BindingForge.Review.Surface;

namespace BindingForge.Review.Coverage;

/// <summary>
/// <c>bindingforge check</c>: a contract's session (loaded, headers read, bound) with drift and coverage added. Drift
/// findings are warnings, uncovered functions and inferred facts informational; with <c>strict</c> every one of them
/// is an error, so CI can insist on a fully reviewed contract that covers its whole selection. Last, the bound C
/// surface is compared with the API record next to the contract (<see cref="ApiRecordCheck"/>), a drift like the others.
/// </summary>
public static class ContractAudit
{
    /// <param name="session">The contract's session; drift and coverage are looked at only when it bound (when the
    /// headers did not parse, or name nothing, only the session's diagnostics are reported).</param>
    /// <param name="updateApi">Write the contract's API record from the headers instead of comparing it.</param>
    public static AuditResult Run(BindingSession session, bool strict, bool updateApi = false)
    {
        var diagnostics = new List<Diagnostic>(session.Diagnostics);
        if (session.Document is not { } document || session.Contract is null || session.Header is not { } header)
            return new AuditResult(CoverageReport.Empty, [], diagnostics, strict);

        var drift = DriftAnalyzer.Analyze(document, header);
        var coverage = CoverageAnalyzer.Analyze(document, header);
        diagnostics.AddRange(drift.Select(d => new Diagnostic(d.Id, Severity(DiagnosticSeverity.Warning, strict), d.Message, d.Location)));
        diagnostics.AddRange(coverage.Uncovered.Select(u => new Diagnostic(ContractDiagnosticIds.UncoveredFunction, Severity(DiagnosticSeverity.Info, strict), Message(u), u.Location)));
        diagnostics.AddRange(coverage.Inferred.Select(i => new Diagnostic(ContractDiagnosticIds.InferredFact, Severity(DiagnosticSeverity.Info, strict),
            $"{i.What} is still `status: inferred`: check it, then mark it `status: reviewed`", i.Location)));
        diagnostics.AddRange(ApiRecordCheck.Run(session, updateApi, Severity(DiagnosticSeverity.Warning, strict)));
        return new AuditResult(coverage, drift, diagnostics, strict);
    }

    private static string Message(UncoveredFunction function)
    {
        var where = function.HasEntry ? string.Empty : " (the contract has no entry for it)";
        return $"`{function.Name}` has no ownership fact for {string.Join(", ", function.Pieces)}{where}; state how the safe layer should treat it, or `skip` it";
    }

    private static DiagnosticSeverity Severity(DiagnosticSeverity normal, bool strict) => strict ? DiagnosticSeverity.Error : normal;
}
