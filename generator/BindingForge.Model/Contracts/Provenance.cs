namespace BindingForge.Model.Contracts;

/// <summary>
/// Where a contract fact came from and how trustworthy it is: the entry's <c>status</c>, <c>source</c> and
/// <c>note</c>, and the place in the contract that states it.
/// </summary>
public sealed record Provenance(FactStatus Status, string? Source, string? Note, SourceLocation Location)
{
    /// <summary>A fact with no provenance keys, stated at <paramref name="location"/>.</summary>
    public static Provenance At(SourceLocation location) => new(FactStatus.Unstated, null, null, location);
}
