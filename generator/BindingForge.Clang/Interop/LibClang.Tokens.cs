using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

internal static unsafe partial class LibClang
{
    [LibraryImport(LibraryName)]
    public static partial void clang_tokenize(CXTranslationUnit translationUnit, CXSourceRange range, CXToken** tokens, uint* numTokens);

    [LibraryImport(LibraryName)]
    public static partial void clang_disposeTokens(CXTranslationUnit translationUnit, CXToken* tokens, uint numTokens);

    [LibraryImport(LibraryName)]
    public static partial CXString clang_getTokenSpelling(CXTranslationUnit translationUnit, CXToken token);
}
