using System.Collections.Immutable;

namespace BindingForge.Review.Inference.Manuals;

/// <summary>
/// One section-3 manual page read as plain text: the page's name (<c>cap_init(3)</c>), its file, the functions its
/// NAME section lists, and its prose sections (DESCRIPTION, RETURN VALUE, NOTES ...), each as paragraphs separated by
/// blank lines. SYNOPSIS, EXAMPLES and SEE ALSO are left out: they hold code and lists, not statements.
/// </summary>
/// <param name="Title">The page as a reader cites it: <c>cap_init(3)</c>.</param>
/// <param name="File">The file read (after any <c>.so</c> redirect).</param>
/// <param name="Functions">The names the NAME section lists (<c>cap_init</c>, <c>cap_free</c>, <c>cap_dup</c>).</param>
/// <param name="Sections">Section title (upper case) and its text, in page order.</param>
internal sealed record ManualPage(string Title, string File, ImmutableArray<string> Functions, ImmutableArray<(string Name, string Text)> Sections)
{
    /// <summary>
    /// The one function the page documents, when it documents exactly one: then a sentence that names no function is
    /// about it. A page of several functions (or a library's overview page) has none, and only sentences that name
    /// their function count.
    /// </summary>
    public string? SoleFunction => Functions.Length == 1 ? Functions[0] : null;

    /// <summary>The prose of the page: every kept section, paragraphs separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Sections.Select(s => s.Text));
}
