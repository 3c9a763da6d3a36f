namespace BindingForge.Model.Diagnostics;

/// <summary>
/// One finding, as data. Ids come in ranges: BF0xxx general and internal, BF1xxx header parsing,
/// BF2xxx contracts, BF3xxx marshalling and binding, BF4xxx output. Each id has a page under docs/diagnostics.
/// </summary>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Text that editors and CI annotate: <c>path(line,col): error BF1003: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var prefix = Location.IsKnown ? $"{Location}: " : string.Empty;
        return $"{prefix}{severity} {Id}: {Message}";
    }
}
