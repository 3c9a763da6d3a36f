using System.Collections.Immutable;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Resolution;

/// <summary>
/// Settles one fact from its claims. The value with the strongest evidence wins; several rules agreeing raise the
/// confidence, a real contradiction (evidence of at least <see cref="Strength.Contradiction"/> for another value)
/// lowers it (to medium when the winner is far stronger, else low) and is written down. When the strongest evidence for two values is equally strong, nothing is decided:
/// the draft says so in a note instead of guessing.
/// </summary>
internal static class FactResolver
{
    /// <summary>The result: a decision, or a note saying why there is none (both null when nothing was claimed).</summary>
    public sealed record Outcome(Decision? Decision, string? Undecided);

    public static Outcome Resolve(IReadOnlyList<Claim> claims)
    {
        if (claims.Count == 0)
            return new Outcome(null, null);
        var ranked = claims.GroupBy(c => c.Value)
            .Select(g => (Value: g.Key, Score: g.Max(c => c.Strength), Support: g.Select(c => c.Rule).Distinct().Count(), Claims: g.OrderByDescending(c => c.Strength).ToList()))
            .OrderByDescending(v => v.Score).ThenByDescending(v => v.Support)
            .ToList();
        var winner = ranked[0];
        if (winner.Score < Strength.Shape)
            return new Outcome(null, null);
        var sources = winner.Claims.Select(c => c.Source).Distinct().Take(3).ToImmutableArray();
        var rival = ranked.Skip(1).FirstOrDefault(v => v.Score >= Strength.Contradiction);
        if (rival.Claims is null)
            return new Outcome(new Decision(winner.Value, Confidence(winner.Score, winner.Support), sources, null), null);

        var against = $"`{rival.Value}` ({rival.Claims[0].Source})";
        if (rival.Score == winner.Score && rival.Support == winner.Support)
            return new Outcome(null, $"evidence disagrees: `{winner.Value}` ({winner.Claims[0].Source}) against {against}");
        var confidence = winner.Score - rival.Score >= 20 ? Inference.Resolution.Confidence.Medium : Inference.Resolution.Confidence.Low;
        return new Outcome(new Decision(winner.Value, confidence, sources, $"conflicting evidence: {against}"), null);
    }

    /// <summary>Every claimed value, for facts that are lists (<c>until</c>).</summary>
    public static ImmutableArray<string> All(IReadOnlyList<Claim> claims) => [.. claims.Select(c => c.Value).Distinct()];

    private static Confidence Confidence(int score, int support) =>
        score >= Strength.Phrase || support >= 2 ? Inference.Resolution.Confidence.High : Inference.Resolution.Confidence.Medium;
}
