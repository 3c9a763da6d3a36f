using BindingForge.Clang;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Passes;

/// <summary>Reads the headers named by the options into a header model through libclang; parse findings are BF1xxx.</summary>
internal static class ParsePass
{
    public static HeaderModel Run(GeneratorOptions options, DiagnosticBag diagnostics)
    {
        var result = new HeaderReader().Read(new HeaderReadRequest(options.Headers, options.IncludeDirs, options.Defines));
        diagnostics.AddRange(result.Diagnostics);
        return result.Model;
    }
}
