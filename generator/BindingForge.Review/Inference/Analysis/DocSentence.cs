using System.Collections.Immutable;

namespace BindingForge.Review.Inference.Analysis;

/// <summary>Where in a comment a sentence stands.</summary>
internal enum DocPart
{
    /// <summary>The prose of the comment.</summary>
    Summary,

    /// <summary>A Doxygen <c>\param</c> paragraph (<see cref="DocSentence.Parameter"/> names the parameter).</summary>
    Param,

    /// <summary>A Doxygen <c>\return</c> paragraph.</summary>
    Returns,
}

/// <summary>A function name mentioned in a sentence, at a character index of the sentence.</summary>
internal sealed record Mention(string Function, int Index);

/// <summary>
/// One sentence of a function's comment, with the header functions it names. <see cref="Owner"/> is the function the
/// comment is attached to, or null when the header's comments cannot be trusted to belong to the declaration they
/// are attached to (comments after the prototype, as in zlib.h).
/// </summary>
internal sealed record DocSentence(string? Owner, string Text, DocPart Part, ImmutableArray<Mention> Mentions)
{
    /// <summary>The parameter a <see cref="DocPart.Param"/> sentence documents.</summary>
    public string? Parameter { get; init; }

    /// <summary>The manual page the sentence comes from (<c>cap_init(3)</c>), or null for the header's comments.</summary>
    public string? Origin { get; init; }

    /// <summary>The text in lower case, for phrase matching.</summary>
    public string Lower { get; } = Text.ToLowerInvariant();

    /// <summary>The first function named before <paramref name="index"/> other than <paramref name="except"/>; the sentence's grammatical subject, usually.</summary>
    public string? SubjectBefore(int index, string? except = null) =>
        Mentions.FirstOrDefault(m => m.Index < index && m.Function != except)?.Function;

    /// <summary>The first function named at or after <paramref name="index"/>.</summary>
    public Mention? MentionAfter(int index) => Mentions.FirstOrDefault(m => m.Index >= index);

    /// <summary>True when the sentence names <paramref name="function"/>.</summary>
    public bool Names(string function) => Mentions.Any(m => m.Function == function);
}
