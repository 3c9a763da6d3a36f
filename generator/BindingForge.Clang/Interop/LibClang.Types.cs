using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

internal static unsafe partial class LibClang
{
    [LibraryImport(LibraryName)]
    public static partial CXString clang_getTypeSpelling(CXType type);

    [LibraryImport(LibraryName)]
    public static partial CXType clang_getCanonicalType(CXType type);

    [LibraryImport(LibraryName)]
    public static partial CXType clang_getPointeeType(CXType type);

    [LibraryImport(LibraryName)]
    public static partial uint clang_isConstQualifiedType(CXType type);

    [LibraryImport(LibraryName)]
    public static partial CXCursor clang_getTypeDeclaration(CXType type);

    [LibraryImport(LibraryName)]
    public static partial CXType clang_Type_getNamedType(CXType type);

    [LibraryImport(LibraryName)]
    public static partial CXType clang_Type_getModifiedType(CXType type);

    [LibraryImport(LibraryName)]
    public static partial CXTypeNullabilityKind clang_Type_getNullability(CXType type);

    [LibraryImport(LibraryName)]
    public static partial CXType clang_getArrayElementType(CXType type);

    [LibraryImport(LibraryName)]
    public static partial long clang_getArraySize(CXType type);

    /// <summary>The element type of an array, vector or complex type.</summary>
    [LibraryImport(LibraryName)]
    public static partial CXType clang_getElementType(CXType type);

    [LibraryImport(LibraryName)]
    public static partial CXType clang_getResultType(CXType type);

    [LibraryImport(LibraryName)]
    public static partial int clang_getNumArgTypes(CXType type);

    [LibraryImport(LibraryName)]
    public static partial CXType clang_getArgType(CXType type, uint index);

    [LibraryImport(LibraryName)]
    public static partial uint clang_isFunctionTypeVariadic(CXType type);

    [LibraryImport(LibraryName)]
    public static partial CXCallingConv clang_getFunctionTypeCallingConv(CXType type);

    /// <summary>Size in bytes, or a negative <c>CXTypeLayoutError</c>.</summary>
    [LibraryImport(LibraryName)]
    public static partial long clang_Type_getSizeOf(CXType type);

    /// <summary>Alignment in bytes, or a negative <c>CXTypeLayoutError</c>.</summary>
    [LibraryImport(LibraryName)]
    public static partial long clang_Type_getAlignOf(CXType type);

    [LibraryImport(LibraryName)]
    public static partial uint clang_Type_visitFields(
        CXType type,
        delegate* unmanaged<CXCursor, nint, CXVisitorResult> visitor,
        nint clientData);
}
