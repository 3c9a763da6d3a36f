namespace BindingForge.Clang.Interop;

internal static unsafe partial class LibClang
{
    /// <summary>Calls <paramref name="visitor"/> once per file the translation unit read, with its include stack (empty for the main file).</summary>
    [System.Runtime.InteropServices.LibraryImport(LibraryName)]
    public static partial void clang_getInclusions(
        CXTranslationUnit translationUnit, delegate* unmanaged<CXFile, CXSourceLocation*, uint, nint, void> visitor, nint clientData);
}
