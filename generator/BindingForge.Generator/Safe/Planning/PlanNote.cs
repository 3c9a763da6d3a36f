using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>A diagnostic a strategy found while planning, reported once per function by the method builder.</summary>
internal sealed record PlanNote(string Id, string Message, DiagnosticSeverity Severity);
