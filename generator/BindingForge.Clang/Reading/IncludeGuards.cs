using System.Text;
using System.Text.RegularExpressions;

namespace BindingForge.Clang.Reading;

/// <summary>Finds the macro a header's include guard tests: the first directive, <c>#ifndef NAME</c> or <c>#if !defined(NAME)</c>.</summary>
internal static partial class IncludeGuards
{
    public static string? GuardName(ReadOnlySpan<byte> headerText)
    {
        // The guard opens the file; a long licence comment before it still fits in the first 64 KB.
        var match = FirstDirective().Match(Encoding.UTF8.GetString(headerText[..Math.Min(headerText.Length, 65536)]));
        if (!match.Success)
            return null;
        return match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
    }

    // Each alternative consumes a distinct unit (one blank, one whole comment), so the match cannot backtrack badly.
    [GeneratedRegex(@"\A(?:\s|/\*(?:[^*]|\*(?!/))*\*/|//[^\n]*)*#[ \t]*(?:ifndef[ \t]+(\w+)|if[ \t]+![ \t]*defined[ \t]*\(?[ \t]*(\w+))")]
    private static partial Regex FirstDirective();
}
