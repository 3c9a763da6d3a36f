using System.Collections.Immutable;
using System.Text;
using BindingForge.Clang.Interop;

namespace BindingForge.Clang.Reading;

/// <summary>
/// The attributes of a declaration as written: <c>malloc</c>, <c>warn_unused_result</c>,
/// <c>deprecated("use g2")</c>, <c>nonnull(1)</c>, <c>ownership_takes(malloc, 1)</c>. libclang exposes most
/// attributes only as <c>UnexposedAttr</c> cursors, so the text comes from the attribute's tokens. When a
/// macro produced the attribute (<c>WUR</c>, <c>NONNULL(1)</c>) its tokens are read where they are spelled,
/// in the macro definition; the arguments there may be macro parameters, so for those the declaration's
/// pretty-printed form, which has the expanded arguments, is preferred. GNU underscores are dropped
/// (<c>__nonnull__</c> is <c>nonnull</c>).
/// </summary>
internal sealed unsafe class AttributeReader(TranslationUnit tu)
{
    public ImmutableArray<string> Read(CXCursor declaration)
    {
        var attributes = ImmutableArray.CreateBuilder<string>();
        IReadOnlyList<string>? printed = null;
        foreach (var child in CursorVisitor.Children(declaration).Where(c => c.IsAttribute()))
        {
            var (text, fromMacro) = FromTokens(child);
            if (text is not null && fromMacro)
            {
                printed ??= PrintedAttributes.Of(declaration);
                text = printed.FirstOrDefault(p => PrintedAttributes.NameOf(p) == PrintedAttributes.NameOf(text)) ?? text;
            }
            text ??= FromKind(child.Kind);
            if (text is not null && !attributes.Contains(text))
                attributes.Add(text);
        }
        return attributes.ToImmutable();
    }

    private (string? Text, bool FromMacro) FromTokens(CXCursor attribute)
    {
        var (range, fromMacro) = SpellingRange(LibClang.clang_getCursorExtent(attribute));
        CXToken* tokens;
        uint count;
        LibClang.clang_tokenize(tu.Handle, range, &tokens, &count);
        try
        {
            var spelled = new List<string>((int)count);
            for (uint i = 0; i < count; i++)
                spelled.Add(LibClang.clang_getTokenSpelling(tu.Handle, tokens[i]).ToManagedAndDispose());
            return (Format(spelled), fromMacro);
        }
        finally
        {
            LibClang.clang_disposeTokens(tu.Handle, tokens, count);
        }
    }

    /// <summary>The same range, moved from where a macro was expanded to where its text is written.</summary>
    private (CXSourceRange Range, bool FromMacro) SpellingRange(CXSourceRange extent)
    {
        CXFile startFile, endFile;
        uint line, column, startOffset, endOffset;
        var start = LibClang.clang_getRangeStart(extent);
        LibClang.clang_getSpellingLocation(start, &startFile, &line, &column, &startOffset);
        LibClang.clang_getSpellingLocation(LibClang.clang_getRangeEnd(extent), &endFile, &line, &column, &endOffset);
        var expansion = start.ExpansionLocation();
        var fromMacro = expansion.Offset != startOffset || LibClang.clang_File_isEqual(expansion.File, startFile) == 0;
        if (!fromMacro || startFile.IsNull || LibClang.clang_File_isEqual(startFile, endFile) == 0 || endOffset < startOffset)
            return (extent, fromMacro);
        var range = LibClang.clang_getRange(
            LibClang.clang_getLocationForOffset(tu.Handle, startFile, startOffset),
            LibClang.clang_getLocationForOffset(tu.Handle, startFile, endOffset));
        return (range, fromMacro);
    }

    /// <summary><c>ownership_takes ( malloc , 1 )</c> as <c>ownership_takes(malloc, 1)</c>; null unless it starts with a name.</summary>
    private static string? Format(List<string> tokens)
    {
        if (tokens.Count == 0 || !(char.IsLetter(tokens[0][0]) || tokens[0][0] == '_'))
            return null;
        var text = new StringBuilder(PrintedAttributes.Normalize(tokens[0]));
        if (tokens.Count < 2 || tokens[1] != "(")
            return text.ToString();
        var depth = 0;
        foreach (var token in tokens.Skip(1))
        {
            depth += token == "(" ? 1 : token == ")" ? -1 : 0;
            text.Append(token == "," ? ", " : token);
            if (depth == 0)
                break;
        }
        return text.ToString();
    }

    private static string? FromKind(CXCursorKind kind) => kind switch
    {
        CXCursorKind.WarnUnusedResultAttr => "warn_unused_result",
        CXCursorKind.WarnUnusedAttr => "warn_unused",
        CXCursorKind.PureAttr => "pure",
        CXCursorKind.ConstAttr => "const",
        CXCursorKind.PackedAttr => "packed",
        CXCursorKind.AlignedAttr => "aligned",
        CXCursorKind.VisibilityAttr => "visibility",
        CXCursorKind.DllExport => "dllexport",
        CXCursorKind.DllImport => "dllimport",
        _ => null,
    };
}
