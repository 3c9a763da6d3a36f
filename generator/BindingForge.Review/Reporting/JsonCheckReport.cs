using System.Text.Json;
using BindingForge.Model.Diagnostics;
using BindingForge.Review.Coverage;

namespace BindingForge.Review.Reporting;

/// <summary>
/// <c>check --format json</c>: one object with the summary numbers and every diagnostic:
/// <code>
/// { "tool": "bindingforge", "version": "1.0.0", "contract": "contracts/sqlite3.yaml", "strict": false, "exitCode": 0,
///   "summary": { "errors": 0, "warnings": 0, "infos": 3, "pointerFunctions": 250, "coveredFunctions": 70,
///                "uncoveredFunctions": 180, "inferredFacts": 5, "drift": 0 },
///   "diagnostics": [ { "id": "BF2200", "severity": "info", "category": "coverage", "message": "...",
///                      "file": "contracts/sqlite3.yaml", "line": 9, "column": 3 } ] }
/// </code>
/// </summary>
public static class JsonCheckReport
{
    public static void Write(TextWriter output, string contract, AuditResult audit)
    {
        JsonOutput.WriteReport(output, contract, json =>
        {
            json.WriteBoolean("strict", audit.Strict);
            json.WriteNumber("exitCode", audit.ExitCode);
            Summary(json, audit);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in audit.Diagnostics)
                Diagnostic(json, diagnostic);
            json.WriteEndArray();
        });
    }

    private static void Summary(Utf8JsonWriter json, AuditResult audit)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("errors", audit.Errors);
        json.WriteNumber("warnings", audit.Warnings);
        json.WriteNumber("infos", audit.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info));
        json.WriteNumber("pointerFunctions", audit.Coverage.PointerFunctions);
        json.WriteNumber("coveredFunctions", audit.Coverage.Covered);
        json.WriteNumber("uncoveredFunctions", audit.Coverage.Uncovered.Length);
        json.WriteNumber("inferredFacts", audit.Coverage.Inferred.Length);
        json.WriteNumber("drift", audit.Drift.Length);
        json.WriteEndObject();
    }

    internal static void Diagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        json.WriteString("category", Category(diagnostic.Id));
        json.WriteString("message", diagnostic.Message);
        JsonOutput.WriteLocation(json, diagnostic.Location);
        json.WriteEndObject();
    }

    /// <summary>What kind of finding an id is, for filtering: coverage, inferred, drift, contract, header, internal.</summary>
    public static string Category(string id) => id switch
    {
        "BF2200" => "coverage",
        "BF2201" => "inferred",
        _ when id.StartsWith("BF26", StringComparison.Ordinal) => "probe",
        _ when id.StartsWith("BF221", StringComparison.Ordinal) => "drift",
        _ when id.StartsWith("BF2", StringComparison.Ordinal) => "contract",
        _ when id.StartsWith("BF1", StringComparison.Ordinal) => "header",
        _ => "internal",
    };
}
