using BindingForge.Contracts.Syntax;
using BindingForge.Model.Header;
using BindingForge.Review.Surface;

namespace BindingForge.Review.Diff;

/// <summary>One version of a contract for <see cref="ContractDiffer"/>: the document, the header it binds against, and a label.</summary>
public sealed record DiffSide(ContractDocument Document, HeaderModel Header, string Label)
{
    /// <summary>The API record of this version's bound C surface; null when unknown (then the surface is not compared).</summary>
    public ApiRecord? Surface { get; init; }

    /// <summary>Where <see cref="Surface"/> came from, for the report (<c>headers read at HEAD~1</c>, <c>API record at HEAD~1</c>).</summary>
    public string? SurfaceSource { get; init; }
}
