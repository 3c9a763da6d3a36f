using System.Collections.Immutable;
using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// A struct the caller allocates and the library initialises in place (<c>structs:</c>; zlib's <c>z_stream</c>).
/// The safe style allocates <see cref="Record"/>'s size, zeroed, in native memory so its address never moves,
/// calls one of <see cref="Inits"/>, remembers which, and calls that init's cleanup exactly once on release.
/// If the init fails, no cleanup runs and the memory is freed.
/// </summary>
/// <param name="CTypeName">The contract's key: a struct tag or a typedef of one (<c>z_stream</c>).</param>
public sealed record BoundStruct(
    string CTypeName,
    RecordDecl Record,
    string ClassName,
    ImmutableArray<BoundStructInit> Inits,
    ImmutableArray<BoundStructField> Fields,
    HandleThreading Threading,
    ReleaseThread ReleaseOn,
    Provenance Provenance)
{
    public bool IsThreadingStated { get; init; }

    public SkipFact? Skip { get; init; }
}
