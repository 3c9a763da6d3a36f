using BindingForge.Contracts.Binding;
using BindingForge.Model.Header;

namespace BindingForge.Review.Inference.Analysis;

/// <summary>
/// What inference asks about C types: which values are pointers to a would-be handle, which are text, which are
/// out-parameters. Looks through typedefs the way the binder does, so what inference proposes, the binder accepts.
/// </summary>
internal sealed class TypeFacts(HeaderModel header)
{
    public HeaderModel Header { get; } = header;

    public TypeShape Shape { get; } = new(header);

    /// <summary>The handle a value of <paramref name="type"/> would be (<c>sqlite3 *</c>, <c>CXIndex</c>, <c>gzFile</c>); null otherwise.</summary>
    public HandleType? HandleOfValue(CType type)
    {
        var current = type;
        while (current is TypedefRef typedef && Header.FindTypedef(typedef.Name) is { } decl)
        {
            if (Shape.Resolve(decl.Underlying) is PointerType pointer)
                return FromPointerTypedef(typedef.Name, pointer);
            current = decl.Underlying;
        }

        return current is PointerType direct ? FromPointee(direct.Pointee) : null;
    }

    /// <summary>The handle an out-parameter of <paramref name="type"/> hands back (<c>sqlite3 **</c>, <c>CXTranslationUnit *</c>).</summary>
    public HandleType? HandleOfOut(CType type) => Shape.AsPointer(type) is { } pointer ? HandleOfValue(pointer.Pointee) : null;

    /// <summary>A pointer to characters: <c>char</c>, <c>signed char</c> or <c>unsigned char</c>.</summary>
    public bool IsCharPointer(CType type) => Shape.AsPointer(type) is { } pointer && IsChar(pointer.Pointee);

    /// <summary>A character type, looking through typedefs.</summary>
    public bool IsChar(CType type) => Shape.Resolve(type) is PrimitiveType { Kind: PrimitiveKind.Char or PrimitiveKind.SChar or PrimitiveKind.UChar };

    /// <summary>A pointer whose pointee is <c>const</c> (at any typedef level).</summary>
    public bool PointsToConst(CType type)
    {
        if (Shape.AsPointer(type) is not { } pointer)
            return false;
        var pointee = pointer.Pointee;
        while (true)
        {
            if (pointee.IsConst)
                return true;
            if (pointee is not TypedefRef typedef || Header.FindTypedef(typedef.Name) is not { } decl)
                return false;
            pointee = decl.Underlying;
        }
    }

    /// <summary>A pointer to <c>void</c> (or a typedef of it), <c>const</c> or not.</summary>
    public bool IsVoidPointer(CType type) => Shape.AsPointer(type) is { } pointer && Shape.IsVoid(pointer.Pointee);

    /// <summary>A pointer that is not to a function.</summary>
    public bool IsDataPointer(CType type) => Shape.IsPointer(type) && Shape.AsFunctionPointer(type) is null;

    /// <summary>The pointee of a pointer (after typedefs), or null.</summary>
    public CType? Pointee(CType type) => Shape.AsPointer(type)?.Pointee;

    /// <summary>A complete struct or union the pointer points to (a buffer of records), or null.</summary>
    public RecordDecl? CompleteRecordPointee(CType type) =>
        Pointee(type) is { } pointee && Shape.RecordOf(pointee) is { IsComplete: true } record ? record : null;

    /// <summary>An integer (or enum) value, or a pointer to one.</summary>
    public bool IsIntegerOrPointerToInteger(CType type) =>
        Shape.IsInteger(type) || (Pointee(type) is { } pointee && Shape.IsInteger(pointee) && !IsChar(pointee));

    private HandleType? FromPointerTypedef(string name, PointerType pointer)
    {
        var pointee = Shape.Resolve(pointer.Pointee);
        if (pointee is PrimitiveType { Kind: PrimitiveKind.Void })
            return new HandleType(name, name, IsOpaque: true, IsPointerTypedef: true);
        return RecordOf(pointer.Pointee) is { } record
            ? new HandleType(record.Name, record.TypedefName ?? name, !record.IsComplete, IsPointerTypedef: record.TypedefName is null)
            : null;
    }

    private HandleType? FromPointee(CType pointee)
    {
        // typedef void CURL; CURL *: the typedef is the handle's name, as the binder reads it.
        if (pointee is TypedefRef voidTypedef && Header.FindTypedef(voidTypedef.Name) is not null && Shape.Resolve(pointee) is PrimitiveType { Kind: PrimitiveKind.Void })
            return new HandleType(voidTypedef.Name, voidTypedef.Name, IsOpaque: true, IsPointerTypedef: false);
        if (RecordOf(pointee) is not { } record)
            return null;
        var key = pointee is TypedefRef typedef && Header.FindTypedef(typedef.Name) is not null ? typedef.Name : record.TypedefName ?? record.Name;
        return new HandleType(record.Name, key, !record.IsComplete, IsPointerTypedef: false);
    }

    /// <summary>The record a type names after typedefs, also when the header only forward-declares it.</summary>
    private RecordDecl? RecordOf(CType type) => Shape.Resolve(type) switch
    {
        RecordRef record => Header.FindRecord(record.Name),
        TypedefRef typedef => Header.FindRecord(typedef.Name),
        _ => null,
    };
}
