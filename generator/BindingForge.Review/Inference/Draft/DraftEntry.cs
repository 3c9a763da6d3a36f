using System.Collections.Immutable;
using BindingForge.Review.Inference.Resolution;

namespace BindingForge.Review.Inference.Draft;

/// <summary>
/// A mapping of inferred facts: a handle, a function's <c>returns</c>, or one parameter. It is written with
/// <c>status: inferred</c>, the evidence as <c>source</c>, and a <c>note</c> when the confidence is not high or the
/// evidence disagreed.
/// </summary>
/// <param name="Key">The mapping's key: the handle's C type, <c>returns</c>, or the parameter name.</param>
internal sealed record DraftEntry(string Key, ImmutableArray<DraftFact> Facts, ImmutableArray<string> Sources, Confidence Confidence)
{
    /// <summary>What a reviewer should know beyond the sources: contradictions, doubts.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The same entry without the fact written under <paramref name="key"/>.</summary>
    public DraftEntry Without(string key) => this with { Facts = [.. Facts.Where(f => f.Key != key)] };

    /// <summary>The note to write: confidence first when it is not high, then the notes.</summary>
    public string? NoteText()
    {
        var parts = new List<string>();
        if (Confidence != Confidence.High)
            parts.Add($"confidence: {Confidence.ToString().ToLowerInvariant()}");
        parts.AddRange(Notes);
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
