using System.Collections.Immutable;

namespace BindingForge.Model.Header;

/// <summary>
/// A C type as written in a declaration. Named types (typedefs, records, enums) are referenced by name;
/// their declarations live in <see cref="HeaderModel"/>. Qualifiers other than <c>const</c> are dropped.
/// </summary>
public abstract record CType
{
    /// <summary><c>const</c> on this type itself (for a pointer: <c>T * const</c>).</summary>
    public bool IsConst { get; init; }

    /// <summary>The C spelling, for messages and docs (e.g. <c>const char *</c>).</summary>
    public required string Spelling { get; init; }
}

/// <summary>A builtin scalar or <c>void</c>.</summary>
public sealed record PrimitiveType(PrimitiveKind Kind) : CType;

/// <summary>
/// A C complex number type, <c>_Complex double</c>: a real and an imaginary part of <see cref="Element"/>, laid out
/// as a two-element array. <see cref="Element"/> is a real floating type, or an integer type for GNU's <c>_Complex int</c>.
/// </summary>
public sealed record ComplexType(PrimitiveKind Element) : CType;

/// <summary>What a pointer's nullability attribute says, when the header says anything.</summary>
public enum Nullability
{
    Unspecified,
    NonNull,
    Nullable,
}

/// <summary>A pointer. <see cref="CType.IsConst"/> of <see cref="Pointee"/> tells whether it points to const.</summary>
public sealed record PointerType(CType Pointee) : CType
{
    /// <summary>From <c>_Nonnull</c>/<c>_Nullable</c> attributes, when present.</summary>
    public Nullability Nullability { get; init; }
}

/// <summary>A fixed-size array <c>T[N]</c>, or an incomplete one <c>T[]</c> when <see cref="Length"/> is null.</summary>
public sealed record ArrayType(CType Element, long? Length) : CType;

/// <summary>A use of a typedef name.</summary>
public sealed record TypedefRef(string Name) : CType;

/// <summary>A use of a struct or union, by the name it has in the model (the tag, or a synthesized name when anonymous).</summary>
public sealed record RecordRef(string Name, RecordKind Kind) : CType;

/// <summary>A use of an enum, by the name it has in the model.</summary>
public sealed record EnumRef(string Name) : CType;

/// <summary>A function type (the pointee of a function pointer).</summary>
public sealed record FunctionType(CType ReturnType, ImmutableArray<CType> Parameters, bool IsVariadic, CallingConvention CallingConvention) : CType;

/// <summary>A construct the model cannot express (vector types, blocks, atomics ...). Bound as nothing; a diagnostic says why.</summary>
public sealed record UnsupportedType(string Reason) : CType;
