namespace BindingForge.Model.Contracts;

/// <summary><c>length: field</c> on a caller-allocated struct's field: another field of the struct carries the count.</summary>
public sealed record FieldLength(string FieldName, SourceLocation Location) : LengthFact(Location);
