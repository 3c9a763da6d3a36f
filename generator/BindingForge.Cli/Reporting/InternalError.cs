using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Cli.Reporting;

/// <summary>
/// A bug in BindingForge, not in the user's input: one BF0000 line on stderr, the stack trace in a file
/// the user can attach to a bug report.
/// </summary>
internal static class InternalError
{
    public static void Report(Exception ex, TextWriter error)
    {
        var log = Path.Combine(Path.GetTempPath(), $"bindingforge-crash-{Environment.ProcessId}.txt");
        try
        {
            File.WriteAllText(log, ex.ToString());
        }
        catch (IOException)
        {
            log = "(could not write a crash log)";
        }

        var diagnostic = new Diagnostic("BF0000", DiagnosticSeverity.Error,
            $"internal error: {ex.GetType().Name}: {ex.Message}. Please report it with {log}", SourceLocation.None);
        error.WriteLine(diagnostic.ToString());
    }
}
