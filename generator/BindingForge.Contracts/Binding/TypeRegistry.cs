using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Recognises the C types of contract entries (handles, or caller-allocated structs) wherever a parameter or
/// return spells them: <c>sqlite3*</c>, <c>struct sqlite3 *</c>, <c>z_streamp</c>, or a pointer typedef handle
/// such as <c>typedef struct foo *foo_t</c> keyed as <c>foo_t</c>, or a handle declared <c>typedef void CURL;</c> and
/// used as <c>CURL *</c>. Identity is the record a key resolves to (or the pointer or void typedef's own name), so
/// every spelling of the same type finds the same entry.
/// </summary>
internal sealed class TypeRegistry(TypeShape shape)
{
    private readonly Dictionary<string, string> _byRecord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byPointerTypedef = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byVoidTypedef = new(StringComparer.Ordinal);

    /// <summary>The outcome of registering a key: its identity, or why it has none.</summary>
    public enum Outcome
    {
        Registered,
        UnknownType,
        NotARecord,
        Duplicate,
    }

    /// <summary>Registers an entry key. <paramref name="existing"/> names the earlier key of the same type on <see cref="Outcome.Duplicate"/>.</summary>
    public Outcome Register(string key, bool allowPointerTypedef, out string? existing, out string? recordName)
    {
        existing = null;
        recordName = null;
        var header = shape.Header;
        if (header.FindTypedef(key) is null && header.FindRecord(key) is null)
            return Outcome.UnknownType;

        var resolved = shape.Resolve(new TypedefRef(key) { Spelling = key });
        if (allowPointerTypedef && header.FindTypedef(key) is not null && resolved is PointerType pointer)
        {
            recordName = RecordNameOf(pointer.Pointee);
            return Add(_byPointerTypedef, key, key, out existing);
        }

        // typedef void CURL; then CURL * is the handle: the typedef's own name is its identity.
        if (allowPointerTypedef && header.FindTypedef(key) is not null && resolved is PrimitiveType { Kind: PrimitiveKind.Void })
            return Add(_byVoidTypedef, key, key, out existing);

        recordName = RecordNameOf(resolved);
        return recordName is null ? Outcome.NotARecord : Add(_byRecord, recordName, key, out existing);
    }

    /// <summary>The key of the entry a value of <paramref name="type"/> is a pointer to (<c>sqlite3*</c> gives <c>sqlite3</c>).</summary>
    public string? OfValue(CType type)
    {
        var current = type;
        while (current is TypedefRef typedef)
        {
            if (_byPointerTypedef.TryGetValue(typedef.Name, out var key))
                return key;
            if (shape.Header.FindTypedef(typedef.Name) is not { } decl)
                break;
            current = decl.Underlying;
        }

        if (current is not PointerType pointer)
            return null;
        if (VoidTypedefKey(pointer.Pointee) is { } voidKey)
            return voidKey;
        return RecordNameOf(pointer.Pointee) is { } record ? _byRecord.GetValueOrDefault(record) : null;
    }

    /// <summary>The key of a <c>typedef void X</c> handle that <paramref name="pointee"/> names, through typedefs of it.</summary>
    private string? VoidTypedefKey(CType pointee)
    {
        for (var current = pointee; current is TypedefRef typedef; current = shape.Header.FindTypedef(typedef.Name)?.Underlying)
        {
            if (_byVoidTypedef.TryGetValue(typedef.Name, out var key))
                return key;
        }

        return null;
    }

    /// <summary>The key of the entry an out parameter of <paramref name="type"/> hands back (<c>sqlite3**</c> gives <c>sqlite3</c>).</summary>
    public string? OfOut(CType type) => shape.AsPointer(type) is { } pointer ? OfValue(pointer.Pointee) : null;

    public IEnumerable<string> Keys => _byRecord.Values.Concat(_byPointerTypedef.Values).Concat(_byVoidTypedef.Values);

    /// <summary>The record a type names, also when the header only forward-declares it.</summary>
    private string? RecordNameOf(CType type) => shape.Resolve(type) switch
    {
        RecordRef record => record.Name,
        TypedefRef typedef when shape.Header.FindRecord(typedef.Name) is not null => typedef.Name,
        _ => null,
    };

    private static Outcome Add(Dictionary<string, string> map, string identity, string key, out string? existing)
    {
        if (map.TryGetValue(identity, out existing))
            return Outcome.Duplicate;
        map[identity] = key;
        return Outcome.Registered;
    }
}
