using System.Text.Json;
using BindingForge.Review.Reporting;

namespace BindingForge.Review.Probe;

/// <summary>
/// <c>probe --format json</c>:
/// <code>
/// { "tool": "bindingforge", "version": "1.0.0", "contract": "contracts/sqlite3.yaml", "mode": "trace", "exitCode": 0,
///   "summary": { "facts": 12, "confirmed": 7, "refuted": 0, "notExercised": 5, "calls": 812 },
///   "facts": [ { "id": "owned sqlite3_open_v2 ppDb", "kind": "owned", "function": "sqlite3_open_v2", "parameter": "ppDb",
///                "statement": "...", "outcome": "confirmed", "evidence": "...", "calls": 1,
///                "file": "contracts/sqlite3.yaml", "line": 110, "column": 13 } ],
///   "planned": [ "sqlite3_libversion", ... ], "diagnostics": [ ... ] }
/// </code>
/// </summary>
public static class JsonProbeReport
{
    public static void Write(TextWriter output, string contract, ProbeResult result)
    {
        JsonOutput.WriteReport(output, contract, json =>
        {
            json.WriteString("mode", result.Mode);
            json.WriteNumber("exitCode", result.ExitCode);
            json.WriteStartObject("summary");
            json.WriteNumber("facts", result.Verdicts.Length);
            json.WriteNumber("confirmed", result.Count(ProbeOutcome.Confirmed));
            json.WriteNumber("refuted", result.Count(ProbeOutcome.Refuted));
            json.WriteNumber("notExercised", result.Count(ProbeOutcome.NotExercised));
            json.WriteNumber("calls", result.Calls);
            json.WriteEndObject();
            json.WriteStartArray("facts");
            foreach (var verdict in result.Verdicts)
                Fact(json, verdict);
            json.WriteEndArray();
            json.WriteStartArray("planned");
            foreach (var call in result.Planned)
                json.WriteStringValue(call);
            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
                JsonCheckReport.Diagnostic(json, diagnostic);
            json.WriteEndArray();
        });
    }

    private static void Fact(Utf8JsonWriter json, ProbeVerdict verdict)
    {
        var fact = verdict.Fact;
        json.WriteStartObject();
        json.WriteString("id", fact.Id);
        json.WriteString("kind", fact.Kind.ToString().ToLowerInvariant());
        json.WriteString("function", fact.Function);
        json.WriteString("statement", fact.Statement);
        json.WriteString("outcome", Outcome(verdict.Outcome));
        json.WriteString("evidence", verdict.Evidence);
        json.WriteNumber("calls", verdict.Calls);
        JsonOutput.WriteLocation(json, fact.Location);
        json.WriteEndObject();
    }

    /// <summary>The outcome as reports spell it: confirmed, refuted, not-exercised.</summary>
    public static string Outcome(ProbeOutcome outcome) => outcome switch
    {
        ProbeOutcome.Confirmed => "confirmed",
        ProbeOutcome.Refuted => "refuted",
        _ => "not-exercised",
    };
}
