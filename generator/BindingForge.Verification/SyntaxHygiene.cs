using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using BindingForge.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindingForge.Verification;

/// <summary>
/// What a generated file may hold besides its declarations, which is little: no syntax error or warning (doc
/// comments parsed as XML, so a stray <c>&lt;</c> counts), no skipped tokens; as trivia only whitespace, new lines,
/// <c>//</c> comments, one-line <c>/* */</c> comments, doc comments built from the elements the generator writes, <c>#nullable enable</c> and
/// <c>#pragma warning</c>; no assembly attributes, extern aliases, global or alias usings (they would reach beyond
/// the file); and no character a reader could not see or that ends a line in C# but not in an editor: control
/// characters other than LF, NEL, U+2028, U+2029 and Unicode format characters (bidi controls, zero-width
/// characters, tags), wherever they are, string literals included (those spell such characters as escapes).
/// </summary>
internal static class SyntaxHygiene
{
    /// <summary>The doc comment elements the generator writes.</summary>
    private static readonly FrozenSet<string> DocElements = FrozenSet.ToFrozenSet(
        ["summary", "remarks", "param", "returns", "exception", "c", "code", "see", "paramref", "para", "inheritdoc"], StringComparer.Ordinal);

    public static IEnumerable<Finding> Problems(SyntaxTree tree, string text)
    {
        foreach (var finding in Characters(tree, text).Take(1))
            yield return finding;
        foreach (var diagnostic in tree.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(3))
            yield return At(tree, diagnostic.Location.SourceSpan.Start, $"{diagnostic.Id} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");

        var root = (CompilationUnitSyntax)tree.GetRoot();
        foreach (var node in root.AttributeLists.Cast<SyntaxNode>().Concat(root.Externs)
            .Concat(root.Usings.Where(u => u.GlobalKeyword != default || u.Alias is not null || u.StaticKeyword != default)))
        {
            yield return At(tree, node.SpanStart, $"unexpected '{Quote(node)}'");
        }

        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (Unexpected(trivia) is { } what)
                yield return At(tree, trivia.SpanStart, what);
        }
    }

    private static string? Unexpected(SyntaxTrivia trivia)
    {
        switch (trivia.Kind())
        {
            case SyntaxKind.WhitespaceTrivia:
            case SyntaxKind.EndOfLineTrivia:
            case SyntaxKind.SingleLineCommentTrivia:
            case SyntaxKind.DocumentationCommentExteriorTrivia:
                return null;
            case SyntaxKind.MultiLineCommentTrivia:
                return trivia.ToString().Contains('\n', StringComparison.Ordinal) ? $"unexpected multi-line comment '{Quote(trivia)}'" : null;
            case SyntaxKind.SingleLineDocumentationCommentTrivia:
                var elements = trivia.GetStructure()!.DescendantNodes().Select(ElementName).OfType<string>();
                return elements.FirstOrDefault(e => !DocElements.Contains(e)) is { } element ? $"unexpected doc comment element <{element}>" : null;
            case SyntaxKind.NullableDirectiveTrivia:
                var nullable = (NullableDirectiveTriviaSyntax)trivia.GetStructure()!;
                return nullable.SettingToken.IsKind(SyntaxKind.EnableKeyword) && nullable.TargetToken == default ? null : $"unexpected '{Quote(trivia)}'";
            case SyntaxKind.PragmaWarningDirectiveTrivia:
                return null;
            default:
                return $"unexpected {trivia.Kind()} '{Quote(trivia)}'";
        }
    }

    private static string? ElementName(SyntaxNode node) => node switch
    {
        XmlElementStartTagSyntax start => start.Name.ToString(),
        XmlEmptyElementSyntax empty => empty.Name.ToString(),
        _ => null,
    };

    /// <summary>The first character no generated file holds.</summary>
    private static IEnumerable<Finding> Characters(SyntaxTree tree, string text)
    {
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            var lone = rune == Rune.ReplacementChar && char.IsSurrogate(text[index]);
            var bad = (Rune.IsControl(rune) && value != '\n') || value is 0x2028 or 0x2029 || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format;
            if (lone || bad)
            {
                var what = lone ? $"a lone surrogate U+{(int)text[index]:X4}" : $"the character U+{value:X4} (a control, line separator or format character)";
                yield return At(tree, index, what + " is in the file");
            }

            index += rune.Utf16SequenceLength;
        }
    }

    private static Finding At(SyntaxTree tree, int position, string message)
    {
        var line = tree.GetLineSpan(new Microsoft.CodeAnalysis.Text.TextSpan(position, 0)).StartLinePosition;
        return new Finding(message, line.Line + 1, line.Character + 1);
    }

    /// <summary>Source text in a message: one line, at most 60 characters, as a C# literal.</summary>
    private static string Quote(object node)
    {
        var text = node.ToString() ?? "";
        return CSharpLiterals.String(text.Length > 60 ? text[..60] + "..." : text).Trim('"');
    }
}
