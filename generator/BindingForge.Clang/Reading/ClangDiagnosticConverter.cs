using BindingForge.Clang.Interop;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Turns clang's diagnostics into BindingForge ones. Errors and fatal errors anywhere become BF1003 errors
/// (a header that does not parse must never look like success, and an error in an included system header
/// breaks the named one too). Warnings become BF1004 warnings only when they are located in a named header;
/// warnings about other people's headers are noise the user cannot act on. Notes are dropped.
/// </summary>
internal static class ClangDiagnosticConverter
{
    public static void Convert(TranslationUnit tu, NamedHeaders headers, DiagnosticBag diagnostics)
    {
        var count = LibClang.clang_getNumDiagnostics(tu.Handle);
        for (uint i = 0; i < count; i++)
        {
            var diagnostic = LibClang.clang_getDiagnostic(tu.Handle, i);
            try
            {
                Convert(diagnostic, headers, diagnostics);
            }
            finally
            {
                LibClang.clang_disposeDiagnostic(diagnostic);
            }
        }
    }

    private static unsafe void Convert(CXDiagnostic diagnostic, NamedHeaders headers, DiagnosticBag diagnostics)
    {
        var severity = LibClang.clang_getDiagnosticSeverity(diagnostic);
        if (severity < CXDiagnosticSeverity.Warning)
            return;
        var (file, line, column, _) = LibClang.clang_getDiagnosticLocation(diagnostic).ExpansionLocation();
        var message = LibClang.clang_getDiagnosticSpelling(diagnostic).ToManagedAndDispose();
        var location = file.IsNull ? SourceLocation.None : new SourceLocation(file.Name(), line, column);
        if (severity >= CXDiagnosticSeverity.Error)
        {
            diagnostics.Error(ClangDiagnosticIds.ParseError, message, location);
            return;
        }
        if (headers.IndexOf(file) < 0)
            return;
        var option = LibClang.clang_getDiagnosticOption(diagnostic, null).ToManagedAndDispose();
        var suffix = option.Length > 0 ? $" [{option}]" : string.Empty;
        diagnostics.Warning(ClangDiagnosticIds.ParseWarning, message + suffix, location);
    }
}
