using BindingForge.Clang.Interop;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Whether a function declaration has a body. The main parse skips bodies (<c>SkipFunctionBodies</c>), and with it
/// libclang neither calls a <c>static inline</c> definition a definition nor includes the body in its extent; the
/// text right after the extent tells: a body starts with <c>{</c> (after spaces and comments), a declaration ends
/// with <c>;</c>.
/// </summary>
internal static unsafe class FunctionBodies
{
    public static bool HasBody(TranslationUnit tu, CXCursor function)
    {
        if (LibClang.clang_isCursorDefinition(function) != 0)
            return true;
        CXFile file;
        uint line, column, offset;
        LibClang.clang_getSpellingLocation(LibClang.clang_getRangeEnd(LibClang.clang_getCursorExtent(function)), &file, &line, &column, &offset);
        if (file.IsNull)
            return false;
        nuint size;
        var contents = LibClang.clang_getFileContents(tu.Handle, file, &size);
        return contents is not null && offset <= size && NextIsBrace(new ReadOnlySpan<byte>(contents, (int)size)[(int)offset..]);
    }

    private static bool NextIsBrace(ReadOnlySpan<byte> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'\v')
                i++;
            else if (text[i..].StartsWith("/*"u8))
                i = text[(i + 2)..].IndexOf("*/"u8) is var end and >= 0 ? i + 2 + end + 2 : text.Length;
            else if (text[i..].StartsWith("//"u8))
                i = text[i..].IndexOf((byte)'\n') is var end and >= 0 ? i + end : text.Length;
            else
                return text[i] == (byte)'{';
        }

        return false;
    }
}
