using System.Globalization;
using BindingForge.Clang.Interop;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>
/// The documentation of a declaration. For declarations clang attaches the comment (with
/// <c>-fparse-all-comments</c> a plain comment counts, and a comment after code on the same line is a trailing
/// comment of that code). Macros have no declaration to attach to, so their comment is found in the text:
/// the one after the definition on its line, else a comment block ending just above it.
/// A comment that holds invisible format characters (Unicode Cf: the bidirectional overrides and isolates of
/// "Trojan Source", CVE-2021-42574, zero-width characters) is reported with BF1012 at its declaration; the emitter
/// drops those characters from the generated docs.
/// </summary>
internal sealed class DocComments(NamedHeaders headers, DiagnosticBag diagnostics)
{
    public Documentation? ForDeclaration(CXCursor cursor)
    {
        var raw = LibClang.clang_Cursor_getRawCommentText(cursor).ToManagedAndDispose();
        return raw.Length == 0 ? null : Parse(raw, cursor);
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
        return raw is null ? null : Parse(raw, macro);
    }

    private Documentation? Parse(string raw, CXCursor owner)
    {
        var hidden = raw.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format).Distinct().ToList();
        if (hidden.Count > 0)
        {
            var codes = string.Join(", ", hidden.Take(4).Select(c => $"U+{(int)c:X4}")) + (hidden.Count > 4 ? ", ..." : string.Empty);
            diagnostics.Warning(ClangDiagnosticIds.InvisibleCharacters,
                $"The comment of '{owner.Spelling()}' holds invisible format characters ({codes}), which can make text read differently from what it is; they are left out of the generated docs.",
                headers.LocationOf(owner));
        }

        return DocCommentParser.Parse(raw);
    }
}
