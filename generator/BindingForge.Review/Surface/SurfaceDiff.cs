using System.Collections.Immutable;

namespace BindingForge.Review.Surface;

/// <summary>The classified changes between two API records, and how the headers' version macros moved.</summary>
/// <param name="Versions">One line per version macro that changed (<c>`BF_ABI_VERSION` 1 → 2</c>).</param>
public sealed record SurfaceDiff(ImmutableArray<SurfaceChange> Changes, ImmutableArray<string> Versions)
{
    public static SurfaceDiff Empty { get; } = new([], []);

    public int Count(SurfaceClass kind) => Changes.Count(c => c.Class == kind);
}
