using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

internal static unsafe partial class LibClang
{
    [LibraryImport(LibraryName)]
    public static partial void clang_getExpansionLocation(CXSourceLocation location, CXFile* file, uint* line, uint* column, uint* offset);

    [LibraryImport(LibraryName)]
    public static partial void clang_getSpellingLocation(CXSourceLocation location, CXFile* file, uint* line, uint* column, uint* offset);

    [LibraryImport(LibraryName)]
    public static partial int clang_Location_isInSystemHeader(CXSourceLocation location);

    [LibraryImport(LibraryName)]
    public static partial CXSourceLocation clang_getRangeStart(CXSourceRange range);

    [LibraryImport(LibraryName)]
    public static partial CXSourceLocation clang_getRangeEnd(CXSourceRange range);

    [LibraryImport(LibraryName)]
    public static partial CXString clang_getFileName(CXFile file);

    [LibraryImport(LibraryName)]
    public static partial CXFile clang_getFile(CXTranslationUnit translationUnit, byte* fileName);

    [LibraryImport(LibraryName)]
    public static partial int clang_File_isEqual(CXFile file1, CXFile file2);

    [LibraryImport(LibraryName)]
    public static partial uint clang_isFileMultipleIncludeGuarded(CXTranslationUnit translationUnit, CXFile file);

    /// <summary>The bytes of a file as the translation unit read them; not NUL-terminated, owned by the unit.</summary>
    [LibraryImport(LibraryName)]
    public static partial byte* clang_getFileContents(CXTranslationUnit translationUnit, CXFile file, nuint* size);

    [LibraryImport(LibraryName)]
    public static partial CXSourceLocation clang_getLocationForOffset(CXTranslationUnit translationUnit, CXFile file, uint offset);

    [LibraryImport(LibraryName)]
    public static partial CXSourceRange clang_getRange(CXSourceLocation begin, CXSourceLocation end);

    /// <summary>The location as clang prints it in messages (honours <c>#line</c>); also what names anonymous types.</summary>
    [LibraryImport(LibraryName)]
    public static partial void clang_getPresumedLocation(CXSourceLocation location, CXString* fileName, uint* line, uint* column);
}
