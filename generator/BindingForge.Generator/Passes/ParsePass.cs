using BindingForge.Clang;
using BindingForge.Generator.Session;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Passes;

/// <summary>Reads the headers named by the options into the session's header model through libclang; parse findings are BF1xxx.</summary>
internal static class ParsePass
{
    /// <summary>The session with the headers read; their diagnostics join the run's.</summary>
    public static BindingSession Run(BindingSession session, GeneratorOptions options, DiagnosticBag diagnostics, bool sequential = false)
    {
        var parsed = session.Read(new HeaderReadRequest(options.Headers, options.IncludeDirs, options.Defines) { ExtraArgs = options.ClangArgs, Sequential = sequential });
        diagnostics.AddRange(parsed.ReadDiagnostics);
        return parsed;
    }
}
