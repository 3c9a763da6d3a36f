using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

internal static unsafe partial class LibClang
{
    [LibraryImport(LibraryName)]
    public static partial CXEvalResult clang_Cursor_Evaluate(CXCursor cursor);

    [LibraryImport(LibraryName)]
    public static partial CXEvalResultKind clang_EvalResult_getKind(CXEvalResult result);

    [LibraryImport(LibraryName)]
    public static partial long clang_EvalResult_getAsLongLong(CXEvalResult result);

    [LibraryImport(LibraryName)]
    public static partial uint clang_EvalResult_isUnsignedInt(CXEvalResult result);

    [LibraryImport(LibraryName)]
    public static partial ulong clang_EvalResult_getAsUnsigned(CXEvalResult result);

    [LibraryImport(LibraryName)]
    public static partial double clang_EvalResult_getAsDouble(CXEvalResult result);

    [LibraryImport(LibraryName)]
    public static partial byte* clang_EvalResult_getAsStr(CXEvalResult result);

    [LibraryImport(LibraryName)]
    public static partial void clang_EvalResult_dispose(CXEvalResult result);
}
