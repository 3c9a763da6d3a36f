using System.Text.Encodings.Web;
using System.Text.Json;
using BindingForge.Model;

namespace BindingForge.Review.Reporting;

/// <summary>How BindingForge's JSON reports are written: indented, and readable (backticks and quotes in messages are
/// not turned into <c>\u0060</c> escapes; the output is a file, never embedded in HTML).</summary>
public static class JsonOutput
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes one report object to <paramref name="output"/>: the fields every report starts with (<c>tool</c>,
    /// <c>version</c>, <c>contract</c>), then what <paramref name="body"/> writes.
    /// </summary>
    public static void WriteReport(TextWriter output, string contract, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("tool", "bindingforge");
            json.WriteString("version", SarifToolVersion.Text);
            json.WriteString("contract", contract);
            body(json);
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    /// <summary>A known location as <c>file</c>, <c>line</c> and <c>column</c> fields; nothing for an unknown one.</summary>
    public static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        if (!location.IsKnown)
            return;
        json.WriteString("file", location.File);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
    }
}
