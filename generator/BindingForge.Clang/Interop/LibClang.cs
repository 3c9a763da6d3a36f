using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

/// <summary>
/// The libclang C API, as much of it as the header reader uses. Every signature is blittable
/// (<c>DisableRuntimeMarshalling</c>): structs by value, pointers, and <c>delegate* unmanaged</c> visitors.
/// The library itself is located by <see cref="LibClangLoader"/>; call <see cref="LibClangLoader.TryLoad"/> first.
/// </summary>
internal static unsafe partial class LibClang
{
    /// <summary>The name every import uses; <see cref="LibClangLoader"/> resolves it to a real file.</summary>
    public const string LibraryName = "libclang";

    [LibraryImport(LibraryName)]
    public static partial byte* clang_getCString(CXString text);

    [LibraryImport(LibraryName)]
    public static partial void clang_disposeString(CXString text);

    [LibraryImport(LibraryName)]
    public static partial CXString clang_getClangVersion();

    [LibraryImport(LibraryName)]
    public static partial CXIndex clang_createIndex(int excludeDeclarationsFromPch, int displayDiagnostics);

    [LibraryImport(LibraryName)]
    public static partial void clang_disposeIndex(CXIndex index);

    [LibraryImport(LibraryName)]
    public static partial CXErrorCode clang_parseTranslationUnit2(
        CXIndex index,
        byte* sourceFilename,
        byte** commandLineArgs,
        int numCommandLineArgs,
        CXUnsavedFile* unsavedFiles,
        uint numUnsavedFiles,
        CXTranslationUnitFlags options,
        CXTranslationUnit* translationUnit);

    [LibraryImport(LibraryName)]
    public static partial void clang_disposeTranslationUnit(CXTranslationUnit translationUnit);

    [LibraryImport(LibraryName)]
    public static partial CXCursor clang_getTranslationUnitCursor(CXTranslationUnit translationUnit);
}
