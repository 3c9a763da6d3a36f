using BindingForge.Contracts;

namespace BindingForge.Review.Coverage;

/// <summary>
/// Which new name an old function (or type) probably took: the candidate that keeps every parameter name of the old
/// one, nearest in spelling; else the nearest name when it is close. Drift (<c>check</c>) and the surface diff
/// (<c>diff</c>) both ask it; the diff first narrows the candidates to those of the same shape.
/// </summary>
public static class RenameSuggester
{
    /// <summary>A candidate: its name and its parameter (or field) names.</summary>
    public sealed record Candidate(string Name, IReadOnlyCollection<string> Parameters);

    /// <summary>The likely new name and why: <see cref="Suggestion.SameParameters"/> when it keeps the old parameter names.</summary>
    public sealed record Suggestion(string Name, bool SameParameters);

    /// <param name="name">The old name.</param>
    /// <param name="parameters">The old parameter names that say something (synthesized ones left out).</param>
    /// <param name="candidates">Names the new side has that the old side did not.</param>
    /// <param name="anyDistance">True when every candidate already matches in shape, so the nearest one is likely whatever its spelling.</param>
    public static Suggestion? Suggest(string name, IReadOnlyCollection<string> parameters, IReadOnlyList<Candidate> candidates, bool anyDistance = false)
    {
        var byParameters = parameters.Count == 0 ? null : candidates
            .Where(c => parameters.All(c.Parameters.Contains))
            .MinBy(c => NameSuggester.Distance(name, c.Name));
        if (byParameters is not null)
            return new Suggestion(byParameters.Name, true);
        var nearest = anyDistance
            ? candidates.MinBy(c => NameSuggester.Distance(name, c.Name))?.Name
            : NameSuggester.Nearest(name, candidates.Select(c => c.Name));
        return nearest is null ? null : new Suggestion(nearest, false);
    }
}
