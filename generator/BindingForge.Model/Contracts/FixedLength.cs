namespace BindingForge.Model.Contracts;

/// <summary><c>length: { fixed: N }</c>: always N elements.</summary>
public sealed record FixedLength(long Count, SourceLocation Location) : LengthFact(Location);
