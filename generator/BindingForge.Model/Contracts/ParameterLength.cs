namespace BindingForge.Model.Contracts;

/// <summary>
/// <c>length: param</c>: another parameter carries the count. When <see cref="IsPointer"/> the parameter is a
/// pointer to an integer that carries the capacity in and the count written out (zlib's <c>uLongf *destLen</c>).
/// </summary>
public sealed record ParameterLength(int ParameterIndex, string ParameterName, bool IsPointer, SourceLocation Location)
    : LengthFact(Location);
