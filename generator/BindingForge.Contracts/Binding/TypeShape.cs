using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>Questions the binder asks about a C type, looking through typedefs.</summary>
internal sealed class TypeShape(HeaderModel header)
{
    public HeaderModel Header { get; } = header;

    /// <summary>
    /// The type with typedefs followed to the end of the chain. Standard typedefs the model keeps by name without
    /// a declaration (<c>size_t</c>, <c>uint8_t</c>) resolve to the builtin they stand for on LP64.
    /// </summary>
    public CType Resolve(CType type)
    {
        var resolved = Header.Resolve(type);
        return resolved is TypedefRef typedef && CTypeNames.Standard(typedef.Name) is { } standard ? standard : resolved;
    }

    public PointerType? AsPointer(CType type) => Resolve(type) as PointerType;

    public bool IsPointer(CType type) => AsPointer(type) is not null;

    /// <summary><c>T**</c>: a pointer whose pointee is itself a pointer.</summary>
    public bool IsPointerToPointer(CType type) => AsPointer(type) is { } pointer && IsPointer(pointer.Pointee);

    public bool IsVoid(CType type) => Resolve(type) is PrimitiveType { Kind: PrimitiveKind.Void };

    /// <summary>A function pointer, with the function type it points to.</summary>
    public FunctionType? AsFunctionPointer(CType type) =>
        AsPointer(type) is { } pointer && Resolve(pointer.Pointee) is FunctionType function ? function : null;

    /// <summary>An integer or enum type: something a length or an error code can be.</summary>
    public bool IsInteger(CType type) => Resolve(type) switch
    {
        PrimitiveType p => p.Kind is not (PrimitiveKind.Void or PrimitiveKind.Float or PrimitiveKind.Double or PrimitiveKind.LongDouble or PrimitiveKind.Float16),
        EnumRef => true,
        _ => false,
    };

    /// <summary>A scalar a pointer can point to for <c>inout</c>: an integer, a floating-point number or an enum.</summary>
    public bool IsScalar(CType type) => Resolve(type) switch
    {
        PrimitiveType p => p.Kind is not PrimitiveKind.Void,
        EnumRef => true,
        _ => false,
    };

    /// <summary>A pointer whose pointee could be text: a character type, a 16/32-bit code unit, or <c>void</c>.</summary>
    public bool IsTextPointer(CType type) => AsPointer(type) is { } pointer && Resolve(pointer.Pointee) is PrimitiveType
    {
        Kind: PrimitiveKind.Char or PrimitiveKind.SChar or PrimitiveKind.UChar or PrimitiveKind.Short or PrimitiveKind.UShort
            or PrimitiveKind.Char16 or PrimitiveKind.Char32 or PrimitiveKind.WChar or PrimitiveKind.Void,
    };

    /// <summary>The record a type names after typedefs, also when a typedef of the same name was not kept.</summary>
    public RecordDecl? RecordOf(CType type) => Resolve(type) switch
    {
        RecordRef record => Header.FindRecord(record.Name),
        TypedefRef typedef => Header.FindRecord(typedef.Name),
        _ => null,
    };

    /// <summary>True when two types are the same after typedefs (same primitive kind, record or enum).</summary>
    public bool SameType(CType a, CType b)
    {
        if (a is TypedefRef ta && b is TypedefRef tb && ta.Name == tb.Name)
            return true;
        return (Resolve(a), Resolve(b)) switch
        {
            (PrimitiveType pa, PrimitiveType pb) => pa.Kind == pb.Kind,
            (EnumRef ea, EnumRef eb) => ea.Name == eb.Name,
            (RecordRef ra, RecordRef rb) => ra.Name == rb.Name,
            (TypedefRef ta2, TypedefRef tb2) => ta2.Name == tb2.Name,
            (PointerType pa, PointerType pb) => SameType(pa.Pointee, pb.Pointee),
            _ => false,
        };
    }

    /// <summary>The C spelling of a type, for messages.</summary>
    public static string Spell(CType type) => type.Spelling;
}
