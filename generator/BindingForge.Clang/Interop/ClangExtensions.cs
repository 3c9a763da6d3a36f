namespace BindingForge.Clang.Interop;

/// <summary>Readable shorthands over the raw libclang calls, used by the reader.</summary>
internal static unsafe class ClangExtensions
{
    public static string Spelling(this CXCursor cursor) => LibClang.clang_getCursorSpelling(cursor).ToManagedAndDispose();

    public static string Spelling(this CXType type) => LibClang.clang_getTypeSpelling(type).ToManagedAndDispose();

    public static CXType Type(this CXCursor cursor) => LibClang.clang_getCursorType(cursor);

    public static CXCursor Declaration(this CXType type) => LibClang.clang_getTypeDeclaration(type);

    public static CXType Canonical(this CXType type) => LibClang.clang_getCanonicalType(type);

    public static bool IsNull(this CXCursor cursor) => LibClang.clang_Cursor_isNull(cursor) != 0;

    public static bool IsConst(this CXType type) => LibClang.clang_isConstQualifiedType(type) != 0;

    public static bool IsRecordDecl(this CXCursor cursor) =>
        cursor.Kind is CXCursorKind.StructDecl or CXCursorKind.UnionDecl;

    public static bool IsAttribute(this CXCursor cursor) =>
        cursor.Kind is >= CXCursorKind.FirstAttr and <= CXCursorKind.LastAttr;

    /// <summary>The file, line, column and byte offset where the cursor's macro-expanded text starts.</summary>
    public static (CXFile File, int Line, int Column, int Offset) ExpansionLocation(this CXSourceLocation location)
    {
        CXFile file;
        uint line, column, offset;
        LibClang.clang_getExpansionLocation(location, &file, &line, &column, &offset);
        return (file, (int)line, (int)column, (int)offset);
    }

    public static (CXFile File, int Line, int Column, int Offset) ExpansionLocation(this CXCursor cursor) =>
        LibClang.clang_getCursorLocation(cursor).ExpansionLocation();

    public static string Name(this CXFile file) =>
        file.IsNull ? string.Empty : LibClang.clang_getFileName(file).ToManagedAndDispose();
}
