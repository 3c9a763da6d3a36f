namespace BindingForge.Contracts.Vocabulary;

/// <summary>
/// What <c>bindingforge diff</c> says when a key's value changes: <c>consumed → not consumed: who frees the argument
/// changes</c>, and how the change is classified. <see cref="Present"/> may hold <c>{value}</c>, replaced by the value.
/// When losing the fact (true to false, a value to none) is classified or explained differently from gaining it,
/// <see cref="Lost"/> says how.
/// </summary>
/// <param name="Impact">The class of the change (of gaining the fact, when <see cref="Lost"/> is given).</param>
/// <param name="Present">The fact when it holds: <c>consumed</c>, <c>release `{value}`</c>.</param>
/// <param name="Absent">The fact when it does not: <c>not consumed</c>, <c>no release</c>.</param>
/// <param name="Meaning">What the change means for callers, after a colon; none when the words say it.</param>
public sealed record DiffWording(ChangeImpact Impact, string Present, string Absent = "", string? Meaning = null)
{
    /// <summary>How losing the fact is classified and explained, when not as gaining it.</summary>
    public (ChangeImpact Impact, string? Meaning)? Lost { get; init; }

    public string Text(bool holds) => holds ? Present : Absent;

    /// <summary>The words for <paramref name="value"/>; null or empty (an empty list joined) is <see cref="Absent"/>.</summary>
    public string Text(string? value) => string.IsNullOrEmpty(value) ? Absent : Present.Replace("{value}", value, StringComparison.Ordinal);

    /// <summary>The class of a change whose new state <paramref name="holds"/> (or not).</summary>
    public ChangeImpact ImpactOf(bool holds) => !holds && Lost is { } lost ? lost.Impact : Impact;

    /// <summary>The meaning of a change whose new state <paramref name="holds"/> (or not).</summary>
    public string? MeaningOf(bool holds) => !holds && Lost is { } lost ? lost.Meaning : Meaning;
}
