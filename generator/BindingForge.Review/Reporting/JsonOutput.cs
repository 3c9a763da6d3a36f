using System.Text.Encodings.Web;
using System.Text.Json;

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
}
