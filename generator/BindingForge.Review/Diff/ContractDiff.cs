using System.Collections.Immutable;
using BindingForge.Review.Surface;

namespace BindingForge.Review.Diff;

/// <summary>The classified changes between two versions of a contract.</summary>
/// <param name="Path">The contract's path, for the report's heading.</param>
/// <param name="OldLabel">What the older version is (<c>HEAD~1</c>, a file name).</param>
/// <param name="NewLabel">What the newer version is (<c>working tree</c>, a file name).</param>
public sealed record ContractDiff(string Path, string OldLabel, string NewLabel, ImmutableArray<ContractChange> Changes)
{
    /// <summary>The classified changes of the bound C surface; null when a side's surface is unknown.</summary>
    public SurfaceDiff? Surface { get; init; }

    /// <summary>Where the older side's surface came from (headers at the revision, or its API record).</summary>
    public string? OldSurfaceSource { get; init; }

    /// <summary>Where the newer side's surface came from.</summary>
    public string? NewSurfaceSource { get; init; }

    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

    /// <summary>
    /// True when a change at <paramref name="threshold"/> or more severe is present (<c>--fail-on</c>): errors always,
    /// binary- and source-breaking surface changes as breaking, additive ones as additive.
    /// </summary>
    public bool Reaches(ChangeKind threshold) =>
        Changes.Any(c => c.Kind != ChangeKind.Review && c.Kind <= threshold)
        || (Surface?.Changes.Any(c => (c.Class == SurfaceClass.Additive ? ChangeKind.Additive : ChangeKind.Breaking) <= threshold) ?? false);
}
