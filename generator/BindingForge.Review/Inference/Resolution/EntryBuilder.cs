using System.Collections.Immutable;
using BindingForge.Review.Inference.Draft;

namespace BindingForge.Review.Inference.Resolution;

/// <summary>
/// Collects the facts of one draft mapping with their decisions, then builds the <see cref="DraftEntry"/>: sources
/// in order without repeats, the lowest confidence of its facts, and the notes.
/// </summary>
internal sealed class EntryBuilder(string key)
{
    private readonly List<DraftFact> _facts = [];
    private readonly List<string> _sources = [];
    private readonly List<string> _notes = [];
    private Confidence _confidence = Confidence.High;

    public bool Has(string factKey) => _facts.Exists(f => f.Key == factKey);

    /// <summary>Adds a fact settled by <paramref name="decision"/>.</summary>
    public EntryBuilder Add(string factKey, string yaml, Decision decision)
    {
        _facts.Add(new DraftFact(factKey, yaml));
        _sources.AddRange(decision.Sources.Where(s => !_sources.Contains(s)));
        if (decision.Confidence < _confidence)
            _confidence = decision.Confidence;
        if (decision.Note is { } note && !_notes.Contains(note))
            _notes.Add(note);
        return this;
    }

    /// <summary>Adds a fact that follows from another (a handle's release consumes its argument) with its own source.</summary>
    public EntryBuilder Add(string factKey, string yaml, string source, Confidence confidence) =>
        Add(factKey, yaml, new Decision(yaml, confidence, [source], null));

    /// <summary>Adds a fact that needs no evidence of its own (a proposed C# name).</summary>
    public EntryBuilder AddName(string factKey, string yaml)
    {
        _facts.Add(new DraftFact(factKey, yaml));
        return this;
    }

    public void Note(string note)
    {
        if (!_notes.Contains(note))
            _notes.Add(note);
    }

    public DraftEntry? Build() => _facts.Count == 0
        ? null
        : new DraftEntry(key, [.. _facts], [.. _sources], _confidence) { Notes = [.. _notes] };
}
