using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

internal static unsafe partial class LibClang
{
    [LibraryImport(LibraryName)]
    public static partial uint clang_visitChildren(
        CXCursor parent,
        delegate* unmanaged<CXCursor, CXCursor, nint, CXChildVisitResult> visitor,
        nint clientData);

    [LibraryImport(LibraryName)]
    public static partial CXCursorKind clang_getCursorKind(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial CXString clang_getCursorSpelling(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial CXType clang_getCursorType(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial CXType clang_getCursorResultType(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial CXSourceLocation clang_getCursorLocation(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial CXSourceRange clang_getCursorExtent(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial uint clang_equalCursors(CXCursor a, CXCursor b);

    [LibraryImport(LibraryName)]
    public static partial uint clang_hashCursor(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial int clang_Cursor_isNull(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial uint clang_isCursorDefinition(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial CXCursor clang_getCursorDefinition(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial uint clang_isInvalidDeclaration(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial int clang_Cursor_getNumArguments(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial CXCursor clang_Cursor_getArgument(CXCursor cursor, uint index);

    [LibraryImport(LibraryName)]
    public static partial CXStorageClass clang_Cursor_getStorageClass(CXCursor cursor);

    /// <summary>0 for an ordinary variable; otherwise it is thread-local (<c>_Thread_local</c>, <c>__thread</c>).</summary>
    [LibraryImport(LibraryName)]
    public static partial int clang_getCursorTLSKind(CXCursor cursor);

    /// <summary>The symbol the declaration has in an object file: the C name, or an overloadable function's mangled name.</summary>
    [LibraryImport(LibraryName)]
    public static partial CXString clang_Cursor_getMangling(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial uint clang_Cursor_isAnonymous(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial uint clang_Cursor_isAnonymousRecordDecl(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial uint clang_Cursor_isBitField(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial int clang_getFieldDeclBitWidth(CXCursor cursor);

    /// <summary>Offset of a field in bits, or a negative <c>CXTypeLayoutError</c>.</summary>
    [LibraryImport(LibraryName)]
    public static partial long clang_Cursor_getOffsetOfField(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial CXType clang_getEnumDeclIntegerType(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial long clang_getEnumConstantDeclValue(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial ulong clang_getEnumConstantDeclUnsignedValue(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial CXType clang_getTypedefDeclUnderlyingType(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial CXString clang_Cursor_getRawCommentText(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial CXSourceRange clang_Cursor_getCommentRange(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial uint clang_Cursor_isMacroFunctionLike(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial uint clang_Cursor_isMacroBuiltin(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial nint clang_getCursorPrintingPolicy(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial void clang_PrintingPolicy_dispose(nint policy);

    [LibraryImport(LibraryName)]
    public static partial CXString clang_getCursorPrettyPrinted(CXCursor cursor, nint policy);
}
