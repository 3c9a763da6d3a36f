using System.Collections.Immutable;

namespace BindingForge.Review.Inference.Draft;

/// <summary>A function entry of a draft: its return facts, its parameters' facts, and open questions for the reviewer.</summary>
internal sealed record DraftFunction(string Name, DraftEntry? Returns, ImmutableArray<DraftEntry> Params)
{
    /// <summary>What inference could not settle for this function (conflicts it did not guess, facts it could not express).</summary>
    public ImmutableArray<string> Questions { get; init; } = [];

    /// <summary>Facts of the function itself (<c>clears</c>), written under its name with their sources.</summary>
    public ImmutableArray<DraftFact> Facts { get; init; } = [];

    /// <summary>The evidence for <see cref="Facts"/>.</summary>
    public ImmutableArray<string> FactSources { get; init; } = [];

    /// <summary>True when the entry states nothing at all.</summary>
    public bool IsEmpty => Returns is null && Params.IsEmpty && Questions.IsEmpty && Facts.IsEmpty;
}
