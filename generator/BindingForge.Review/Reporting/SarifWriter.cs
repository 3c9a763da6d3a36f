using System.Text.Json;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Reporting;

/// <summary>
/// Writes diagnostics as a SARIF 2.1.0 log, so that code scanning annotates the YAML line of each finding:
/// <code>
/// { "version": "2.1.0", "$schema": "...sarif-schema-2.1.0.json",
///   "runs": [ { "tool": { "driver": { "name": "bindingforge", "rules": [ { "id": "BF2101", ... } ] } },
///               "results": [ { "ruleId": "BF2101", "ruleIndex": 0, "level": "error", "message": { "text": "..." },
///                              "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "contracts/x.yaml" },
///                                                                     "region": { "startLine": 6, "startColumn": 3 } } } ] } ] } ] }
/// </code>
/// File paths under the current folder become relative URIs (what a repository's code scanning expects); others
/// absolute <c>file://</c> URIs. A diagnostic with no location is placed at the start of the checked file.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <param name="subject">The file that was checked, for diagnostics that have no location of their own.</param>
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, string subject, string? baseDirectory = null)
    {
        var root = baseDirectory ?? Directory.GetCurrentDirectory();
        var rules = diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            Tool(json, rules);
            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
                Result(json, diagnostic, rules.IndexOf(diagnostic.Id), subject, root);
            json.WriteEndArray();
            json.WriteString("columnKind", "unicodeCodePoints");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    private static void Tool(Utf8JsonWriter json, List<string> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "bindingforge");
        json.WriteString("version", SarifToolVersion.Text);
        json.WriteStartArray("rules");
        foreach (var id in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("name", SarifRules.NameOf(id));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", SarifRules.Describe(id));
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", $"See docs/diagnostics/{id}.md in the BindingForge repository.");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Result(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex, string subject, string root)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        var location = diagnostic.Location.IsKnown ? diagnostic.Location : new SourceLocation(subject, 1, 1);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", SarifUri.For(location.File, root));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, location.Line));
        json.WriteNumber("startColumn", Math.Max(1, location.Column));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>SARIF levels: error, warning, note (for info).</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
