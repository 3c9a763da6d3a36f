using BindingForge.Clang.Interop;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>
/// The documentation of a declaration. For declarations clang attaches the comment (with
/// <c>-fparse-all-comments</c> a plain comment counts, and a comment after code on the same line is a trailing
/// comment of that code). Macros have no declaration to attach to, so their comment is found in the text:
/// the one after the definition on its line, else a comment block ending just above it.
/// </summary>
internal sealed class DocComments(NamedHeaders headers)
{
    public Documentation? ForDeclaration(CXCursor cursor)
    {
        var raw = LibClang.clang_Cursor_getRawCommentText(cursor).ToManagedAndDispose();
        return raw.Length == 0 ? null : DocCommentParser.Parse(raw);
    }

    public Documentation? ForMacro(CXCursor macro)
    {
        var extent = LibClang.clang_getCursorExtent(macro);
        var (file, _, _, start) = LibClang.clang_getRangeStart(extent).ExpansionLocation();
        var (_, _, _, end) = LibClang.clang_getRangeEnd(extent).ExpansionLocation();
        var text = headers.Contents(file);
        if (text.IsEmpty || end > text.Length)
            return null;
        var raw = CommentScanner.Trailing(text, end) ?? CommentScanner.Leading(text, start);
        return raw is null ? null : DocCommentParser.Parse(raw);
    }
}
