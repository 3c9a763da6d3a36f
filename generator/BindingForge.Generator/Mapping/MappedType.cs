using BindingForge.Model.Header;

namespace BindingForge.Generator.Mapping;

/// <summary>
/// A C type as the thin layer spells it in C#, with the size and alignment C gives it (LP64). Either supported, or
/// carrying the reason it is not; a pointer to an unsupported type degrades to <c>void*</c> with a note instead.
/// </summary>
internal sealed record MappedType(string Name, long Size, long Alignment)
{
    /// <summary>Why the type cannot be bound; null when it can.</summary>
    public string? Unsupported { get; init; }

    /// <summary>The diagnostic id that goes with <see cref="Unsupported"/> or <see cref="Degraded"/>.</summary>
    public string DiagnosticId { get; init; } = DiagnosticIds.UnsupportedType;

    /// <summary>Set when the type was bound approximately (a function pointer as <c>void*</c>): why.</summary>
    public string? Degraded { get; init; }

    /// <summary>True for pointers and function pointers (the declaring struct needs <c>unsafe</c>).</summary>
    public bool IsPointer { get; init; }

    /// <summary>True for <c>delegate* unmanaged</c> types, which are complete pointer types already.</summary>
    public bool IsFunctionPointer { get; init; }

    /// <summary>True when C declared <c>bool</c>/<c>_Bool</c>, bound as <c>byte</c>.</summary>
    public bool IsBool { get; init; }

    /// <summary>True for a named C enum bound as its C# enum.</summary>
    public bool IsEnum { get; init; }

    /// <summary>The record when this is a struct or union by value.</summary>
    public RecordDecl? Record { get; init; }

    /// <summary>The element when this is an inline array helper.</summary>
    public MappedType? Element { get; init; }

    /// <summary>The primitive kind when this is a C scalar (after typedefs), for bitfields and constants.</summary>
    public PrimitiveKind? Primitive { get; init; }

    /// <summary>True for a flexible array member (<c>T x[]</c>), which takes no space in the record.</summary>
    public bool IsFlexibleArray { get; init; }

    public bool IsSupported => Unsupported is null;

    public static MappedType Fail(string reason, string id = DiagnosticIds.UnsupportedType) =>
        new("void", 0, 1) { Unsupported = reason, DiagnosticId = id };

    public static MappedType VoidPointer { get; } = new("void*", 8, 8) { IsPointer = true };
}
