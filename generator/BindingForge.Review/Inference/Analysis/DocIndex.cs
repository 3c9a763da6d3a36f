using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BindingForge.Model.Header;
using BindingForge.Review.Inference.Manuals;

namespace BindingForge.Review.Inference.Analysis;

/// <summary>
/// Every sentence of every function comment in the header, with the functions each names. Comment rules look
/// for phrases here. A sentence names its subject when it names a function ("The string returned by
/// sqlite3_expanded_sql() must be freed ..."); otherwise its subject is the function the comment is attached to,
/// unless the header writes its comments after the prototypes (clang then attaches each comment to the next
/// declaration; see <see cref="OwnersAreReliable"/>).
/// </summary>
internal sealed partial class DocIndex
{
    private readonly Dictionary<string, List<DocSentence>> _byOwner = new(StringComparer.Ordinal);

    /// <param name="pages">Manual pages of the library's functions (<see cref="ManualShelf"/>); their sentences join the header's, each citing its page.</param>
    public DocIndex(HeaderModel header, ImmutableArray<ManualPage> pages = default)
    {
        var names = header.Functions.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        OwnersAreReliable = !CommentsFollowPrototypes(header);
        foreach (var function in header.Functions)
        {
            if (function.Doc is not { } doc)
                continue;
            var owner = OwnersAreReliable ? function.Name : null;
            var sentences = Sentences(doc, owner, names).ToList();
            _byOwner[function.Name] = sentences;
            All.AddRange(sentences);
        }

        foreach (var page in pages.IsDefault ? [] : pages)
            All.AddRange(PageSentences(page, names));
    }

    /// <summary>
    /// A page's sentences: about its one function when it documents one (a sentence naming none is about it). A page
    /// of several functions has a subject per paragraph instead: the one function the paragraph starts with
    /// ("cap_to_text() converts ... It returns ... the caller should free ..."), none when it starts with several
    /// ("cap_init() and cap_dup() return ..."); a paragraph opening "This function ..." is about the function the
    /// paragraph before named alone (a page that shows each prototype before its prose). RETURN VALUE counts as the return's documentation.
    /// </summary>
    private static IEnumerable<DocSentence> PageSentences(ManualPage page, HashSet<string> names)
    {
        var sole = page.SoleFunction is { } one && names.Contains(one) ? one : null;
        string? previous = null;
        foreach (var (section, text) in page.Sections)
        {
            var part = section.StartsWith("RETURN", StringComparison.Ordinal) ? DocPart.Returns : DocPart.Summary;
            foreach (var paragraph in Paragraph().Split(text))
            {
                var sentences = Split(paragraph).Select(t => Sentence(sole, t, part, names) with { Origin = page.Title }).ToList();
                var opening = sentences.Count > 0 ? ParagraphSubject(sentences[0]) : null;
                var owner = sole ?? opening ?? (sentences.Count > 0 && ThisFunction().IsMatch(sentences[0].Text) ? previous : null);
                previous = sentences.Count > 0 && sentences.SelectMany(x => x.Mentions).Select(m => m.Function).Distinct().ToList() is [var only] ? only : owner;
                foreach (var sentence in sentences)
                    yield return sentence with { Owner = owner };
            }
        }
    }

    /// <summary>"This function returns ...": a paragraph about the function the one before it named alone (often its prototype).</summary>
    [GeneratedRegex(@"^(This|The) function\b|^It\b")]
    private static partial Regex ThisFunction();

    /// <summary>"cap_to_text() converts ...", "The acl_to_text() function ...": the one function a paragraph opens with.</summary>
    private static string? ParagraphSubject(DocSentence first)
    {
        if (first.Mentions.IsEmpty || first.Mentions[0].Index > 16)
            return null;
        var subject = first.Mentions[0];
        var end = subject.Index + subject.Function.Length;
        var joined = first.Mentions.Skip(1).FirstOrDefault(m => m.Function != subject.Function && m.Index - end <= 12);
        return joined is null ? subject.Function : null;
    }

    /// <summary>Every sentence, in header order.</summary>
    public List<DocSentence> All { get; } = [];

    /// <summary>
    /// False when most comments talk about the function declared before them rather than the one after: then a
    /// sentence counts only for the functions it names.
    /// </summary>
    public bool OwnersAreReliable { get; }

    /// <summary>The sentences of the comment attached to <paramref name="function"/>.</summary>
    public IReadOnlyList<DocSentence> Of(string function) =>
        _byOwner.TryGetValue(function, out var list) ? list : [];

    /// <summary>
    /// The sentences about <paramref name="function"/>: those of its own comment that name no other function
    /// first, and those of any comment that name it.
    /// </summary>
    public IEnumerable<DocSentence> About(string function) =>
        All.Where(s => s.Names(function) || (s.Owner == function && s.Mentions.All(m => m.Function == function)));

    /// <summary>
    /// zlib.h documents each function after its prototype, so clang attaches the text to the next declaration.
    /// Tell-tale: comments that start with the name of the function declared before them ("deflateBound() returns
    /// ..."), and none that start with their own.
    /// </summary>
    private static bool CommentsFollowPrototypes(HeaderModel header)
    {
        int own = 0, previous = 0;
        FunctionDecl? before = null;
        foreach (var function in header.Functions)
        {
            if (function.Doc is { } doc && before is not null && before.Location.File == function.Location.File
                && FirstWord().Match(doc.Text) is { Success: true } first)
            {
                if (first.Groups[1].Value == function.Name)
                    own++;
                else if (first.Groups[1].Value == before.Name)
                    previous++;
            }

            before = function;
        }

        return previous >= 3 && previous > own;
    }

    private static IEnumerable<DocSentence> Sentences(Documentation doc, string? owner, HashSet<string> names)
    {
        foreach (var text in Split(doc.Summary))
            yield return Sentence(owner, text, DocPart.Summary, names);
        foreach (var (parameter, paramDoc) in doc.Params)
        {
            foreach (var text in Split(paramDoc.Text))
                yield return Sentence(owner, text, DocPart.Param, names) with { Parameter = parameter };
        }

        if (doc.Returns is { } returns)
        {
            foreach (var text in Split(returns))
                yield return Sentence(owner, text, DocPart.Returns, names);
        }
    }

    private static DocSentence Sentence(string? owner, string text, DocPart part, HashSet<string> names)
    {
        var mentions = Identifier().Matches(text)
            .Where(m => names.Contains(m.Value))
            .Select(m => new Mention(m.Value, m.Index));
        return new DocSentence(owner, text, part, [.. mentions]);
    }

    /// <summary>Plain sentences: markup of sqlite.org (<c>^</c>, <c>[links]</c>) and Doxygen commands removed.</summary>
    private static IEnumerable<string> Split(string text)
    {
        foreach (var paragraph in Paragraph().Split(text))
        {
            var plain = Whitespace().Replace(Markup().Replace(paragraph, " "), " ").Trim();
            foreach (var sentence in SentenceEnd().Split(plain))
            {
                if (sentence.Length > 0)
                    yield return sentence;
            }
        }
    }

    [GeneratedRegex(@"^[\s\^*/]*([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\^|\[|\]|\\[a-z]+\b|<[^>]{1,20}>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?;:])\s+(?=[A-Z(""'])|,\s+(?=(instead|but|whereas|however)\b)")]
    private static partial Regex SentenceEnd();
}
