using System.Collections.Immutable;
using BindingForge.Clang.Interop;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Maps clang types to model types. How sugar is handled:
/// <list type="bullet">
/// <item>Elaborated (<c>struct foo</c>, and since clang 16 every use of a typedef name) is looked through to
/// its named type: <c>struct sqlite3 *</c> is <c>PointerType(RecordRef("sqlite3"))</c>, <c>sqlite3 *</c> is
/// <c>PointerType(TypedefRef("sqlite3"))</c>, and the typedef itself is <c>TypedefDecl("sqlite3", RecordRef("sqlite3"))</c>.</item>
/// <item>A typedef declared in a named header stays a <see cref="TypedefRef"/>. One declared elsewhere is
/// replaced by its underlying type (zlib's <c>Bytef</c> becomes <c>unsigned char</c>), except the standard
/// names of <see cref="StandardTypedefs"/> (<c>size_t</c> stays <c>size_t</c>) and <c>va_list</c> (unsupported).</item>
/// <item>Attributed types carry <c>_Nonnull</c>/<c>_Nullable</c> onto the pointer; other attributes are looked through.</item>
/// <item>Paren types never appear (libclang strips them); unexposed sugar (decayed parameters, typeof) is
/// replaced by its canonical type.</item>
/// </list>
/// <c>const</c> is kept at every level, and each level keeps clang's spelling of itself with anonymous
/// records renamed to their model names.
/// </summary>
internal sealed class TypeMapper(NamedHeaders headers, DeclarationNames names)
{
    private readonly List<string> _unsupported = [];
    private readonly List<string> _unprototyped = [];
    private readonly List<CXCursor> _referencedRecords = [];
    private readonly HashSet<string> _referencedNames = new(StringComparer.Ordinal);

    /// <summary>
    /// One declaration of every record a mapped type named, in the order first met. Lets the walker add records
    /// that are declared only where they are used (<c>void f(struct tag *p);</c>).
    /// </summary>
    public IReadOnlyList<CXCursor> ReferencedRecords => _referencedRecords;

    public CType Map(CXType type)
    {
        var spelling = names.RewriteAnonymous(type.Spelling());
        var mapped = type.Kind switch
        {
            CXTypeKind.Elaborated => Map(LibClang.clang_Type_getNamedType(type)),
            CXTypeKind.Attributed => MapAttributed(type),
            CXTypeKind.Typedef => MapTypedef(type, spelling),
            CXTypeKind.Record => MapRecord(type, spelling),
            CXTypeKind.Enum => new EnumRef(names.NameOf(type.Declaration())) { Spelling = spelling },
            CXTypeKind.Pointer => new PointerType(Map(LibClang.clang_getPointeeType(type))) { Spelling = spelling },
            CXTypeKind.ConstantArray => new ArrayType(Map(LibClang.clang_getArrayElementType(type)), LibClang.clang_getArraySize(type)) { Spelling = spelling },
            CXTypeKind.IncompleteArray or CXTypeKind.VariableArray => new ArrayType(Map(LibClang.clang_getArrayElementType(type)), null) { Spelling = spelling },
            CXTypeKind.FunctionProto or CXTypeKind.FunctionNoProto => MapFunction(type, spelling),
            CXTypeKind.Unexposed or CXTypeKind.Auto or CXTypeKind.BTFTagAttributed => MapCanonical(type, spelling),
            _ => MapBuiltin(type, spelling),
        };
        return mapped with { IsConst = mapped.IsConst || type.IsConst(), Spelling = spelling };
    }

    /// <summary>
    /// A parameter as the function receives it. C adjusts an array parameter (<c>int a[4]</c>, or a typedef of an
    /// array) to a pointer to its element, and a function parameter to a function pointer; libclang shows the
    /// type as written, so the adjustment is made here. The spelling stays as written.
    /// </summary>
    public CType MapParameter(CXType declared)
    {
        var canonical = declared.Canonical();
        var mapped = Map(declared);
        if (mapped is UnsupportedType)
            return mapped;
        return canonical.Kind switch
        {
            CXTypeKind.ConstantArray or CXTypeKind.IncompleteArray or CXTypeKind.VariableArray =>
                new PointerType(mapped is ArrayType array ? array.Element : Map(LibClang.clang_getArrayElementType(canonical)))
                {
                    Spelling = mapped.Spelling,
                },
            CXTypeKind.FunctionProto or CXTypeKind.FunctionNoProto => new PointerType(mapped) { Spelling = mapped.Spelling },
            _ => mapped,
        };
    }

    /// <summary>Reasons for the unsupported types met since the last call, to report once per declaration.</summary>
    public IReadOnlyList<string> TakeUnsupported() => Take(_unsupported);

    /// <summary>The unprototyped function types met since the last call (<c>void (*)()</c>), to report once per declaration.</summary>
    public IReadOnlyList<string> TakeUnprototyped() => Take(_unprototyped);

    private static List<string> Take(List<string> pending)
    {
        var reasons = pending.Distinct().ToList();
        pending.Clear();
        return reasons;
    }

    private CType MapAttributed(CXType type)
    {
        var modified = Map(LibClang.clang_Type_getModifiedType(type));
        var nullability = LibClang.clang_Type_getNullability(type) switch
        {
            CXTypeNullabilityKind.NonNull => Nullability.NonNull,
            CXTypeNullabilityKind.Nullable or CXTypeNullabilityKind.NullableResult => Nullability.Nullable,
            _ => Nullability.Unspecified,
        };
        return modified is PointerType pointer && nullability != Nullability.Unspecified
            ? pointer with { Nullability = nullability }
            : modified;
    }

    private CType MapTypedef(CXType type, string spelling)
    {
        var decl = type.Declaration();
        var name = decl.Spelling();
        if (headers.Contains(decl) || StandardTypedefs.Names.Contains(name))
            return new TypedefRef(name) { Spelling = spelling };
        if (StandardTypedefs.VaList.Contains(name))
            return Unsupported(spelling, $"'{spelling}' (va_list) cannot be passed through a binding");
        return Map(LibClang.clang_getTypedefDeclUnderlyingType(decl));
    }

    private RecordRef MapRecord(CXType type, string spelling)
    {
        var decl = type.Declaration();
        var kind = decl.Kind == CXCursorKind.UnionDecl ? RecordKind.Union : RecordKind.Struct;
        var name = names.NameOf(decl);
        if (_referencedNames.Add(name))
            _referencedRecords.Add(decl);
        return new RecordRef(name, kind) { Spelling = spelling };
    }

    private FunctionType MapFunction(CXType type, string spelling)
    {
        var returnType = Map(LibClang.clang_getResultType(type));
        var prototyped = type.Kind == CXTypeKind.FunctionProto;
        var count = prototyped ? LibClang.clang_getNumArgTypes(type) : 0;
        var parameters = Enumerable.Range(0, Math.Max(count, 0)).Select(i => MapParameter(LibClang.clang_getArgType(type, (uint)i))).ToImmutableArray();
        // `R (*)()` has no prototype: C17 leaves its arguments unspecified, C23 reads it as `R (*)(void)`. It is bound as
        // taking no arguments, like other generators do, and the declaration that uses it says so (BF1011).
        if (!prototyped)
            _unprototyped.Add($"the function type '{spelling}' has no prototype, so it is bound as taking no arguments");
        var variadic = prototyped && LibClang.clang_isFunctionTypeVariadic(type) != 0;
        var convention = CallingConventions.From(LibClang.clang_getFunctionTypeCallingConv(type));
        return new FunctionType(returnType, parameters, variadic, convention) { Spelling = spelling };
    }

    private CType MapCanonical(CXType type, string spelling)
    {
        var canonical = type.Canonical();
        return canonical.Kind is CXTypeKind.Unexposed or CXTypeKind.Invalid
            ? Unsupported(spelling, $"'{spelling}' is a type clang does not expose")
            : Map(canonical);
    }

    private CType MapBuiltin(CXType type, string spelling)
    {
        if (PrimitiveKinds.From(type.Kind) is { } primitive)
            return new PrimitiveType(primitive) { Spelling = spelling };
        if (type.Kind == CXTypeKind.Complex && PrimitiveKinds.From(LibClang.clang_getElementType(type).Canonical().Kind) is { } element)
            return new ComplexType(element) { Spelling = spelling };
        var what = type.Kind switch
        {
            CXTypeKind.Complex => "a complex number type of an element the model has no primitive for",
            CXTypeKind.Vector or CXTypeKind.ExtVector => "a vector type",
            CXTypeKind.BlockPointer => "a block pointer",
            CXTypeKind.Atomic => "an _Atomic type",
            CXTypeKind.Half or CXTypeKind.Float16 or CXTypeKind.BFloat16 or CXTypeKind.Float128 or CXTypeKind.Ibm128 => "a floating-point type the model has no primitive for",
            _ => $"a type of kind {type.Kind}",
        };
        return Unsupported(spelling, $"'{spelling}' is {what}");
    }

    private UnsupportedType Unsupported(string spelling, string reason)
    {
        _unsupported.Add(reason);
        return new UnsupportedType(reason) { Spelling = spelling };
    }
}
