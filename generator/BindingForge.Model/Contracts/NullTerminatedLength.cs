namespace BindingForge.Model.Contracts;

/// <summary><c>length: null-terminated</c>: the data ends at the first zero element.</summary>
public sealed record NullTerminatedLength(SourceLocation Location) : LengthFact(Location);
