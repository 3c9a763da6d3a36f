namespace BindingForge.Model.Diagnostics;

/// <summary>How bad a diagnostic is. Only <see cref="Error"/> makes a run fail.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
