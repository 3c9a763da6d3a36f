using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

internal static unsafe partial class LibClang
{
    [LibraryImport(LibraryName)]
    public static partial uint clang_getNumDiagnostics(CXTranslationUnit translationUnit);

    [LibraryImport(LibraryName)]
    public static partial CXDiagnostic clang_getDiagnostic(CXTranslationUnit translationUnit, uint index);

    [LibraryImport(LibraryName)]
    public static partial void clang_disposeDiagnostic(CXDiagnostic diagnostic);

    [LibraryImport(LibraryName)]
    public static partial CXDiagnosticSeverity clang_getDiagnosticSeverity(CXDiagnostic diagnostic);

    [LibraryImport(LibraryName)]
    public static partial CXString clang_getDiagnosticSpelling(CXDiagnostic diagnostic);

    [LibraryImport(LibraryName)]
    public static partial CXSourceLocation clang_getDiagnosticLocation(CXDiagnostic diagnostic);

    /// <summary>The <c>-W</c> option that controls the diagnostic; <paramref name="disable"/> may be null.</summary>
    [LibraryImport(LibraryName)]
    public static partial CXString clang_getDiagnosticOption(CXDiagnostic diagnostic, CXString* disable);
}
