using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// A field of a caller-allocated struct with facts: an array the library reads or writes between calls (with the
/// field that carries its length), or a string it points to.
/// </summary>
public sealed record BoundStructField(FieldDecl Field, Provenance Provenance)
{
    public ArrayDirection? Array { get; init; }

    /// <summary>For an array field: the length field (a <see cref="FieldLength"/>), or a fixed length.</summary>
    public LengthFact? Length { get; init; }

    public CType? Element { get; init; }

    public StringEncoding? String { get; init; }

    public bool Nullable { get; init; }
}
