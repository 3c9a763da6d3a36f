using System.Collections.Immutable;

namespace BindingForge.Review.Coverage;

/// <summary>
/// How much of a header a contract covers: the pointer-bearing functions the contract's selection binds, those of
/// them with a pointer no fact explains, and the facts still waiting for review.
/// </summary>
public sealed record CoverageReport(int PointerFunctions, ImmutableArray<UncoveredFunction> Uncovered, ImmutableArray<InferredFact> Inferred)
{
    /// <summary>Pointer-bearing functions whose every pointer has a fact.</summary>
    public int Covered => PointerFunctions - Uncovered.Length;

    public static CoverageReport Empty { get; } = new(0, [], []);
}
