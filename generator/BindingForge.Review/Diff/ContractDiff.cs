using System.Collections.Immutable;

namespace BindingForge.Review.Diff;

/// <summary>The classified changes between two versions of a contract.</summary>
/// <param name="Path">The contract's path, for the report's heading.</param>
/// <param name="OldLabel">What the older version is (<c>HEAD~1</c>, a file name).</param>
/// <param name="NewLabel">What the newer version is (<c>working tree</c>, a file name).</param>
public sealed record ContractDiff(string Path, string OldLabel, string NewLabel, ImmutableArray<ContractChange> Changes)
{
    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

    /// <summary>True when a change at <paramref name="threshold"/> or more severe is present (<c>--fail-on</c>).</summary>
    public bool Reaches(ChangeKind threshold) => Changes.Any(c => c.Kind != ChangeKind.Review && c.Kind <= threshold);
}
