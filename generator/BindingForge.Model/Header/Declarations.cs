using System.Collections.Immutable;

namespace BindingForge.Model.Header;

/// <summary>Anything declared at file scope in a header the user named.</summary>
public abstract record Declaration(string Name, SourceLocation Location)
{
    public Documentation? Doc { get; init; }
}

/// <summary>A function prototype.</summary>
public sealed record FunctionDecl(
    string Name,
    CType ReturnType,
    ImmutableArray<ParameterDecl> Parameters,
    bool IsVariadic,
    CallingConvention CallingConvention,
    SourceLocation Location) : Declaration(Name, Location)
{
    /// <summary>Clang attributes seen on the declaration, spelled as in source (<c>warn_unused_result</c>,
    /// <c>malloc</c>, <c>ownership_returns(x)</c>, <c>deprecated</c> ...). Evidence for contract inference.</summary>
    public ImmutableArray<string> Attributes { get; init; } = [];

    /// <summary>
    /// The symbol the library exports for this function when it is not <see cref="Declaration.Name"/>: the mangled
    /// name of an <c>__attribute__((overloadable))</c> function (<c>_Z2ovi</c>), or an <c>asm("label")</c>. Null when
    /// the symbol is the C name. Overloads share <see cref="Declaration.Name"/> and differ here.
    /// </summary>
    public string? Symbol { get; init; }

    /// <summary>The name the linker knows: <see cref="Symbol"/>, or the C name.</summary>
    public string LinkName => Symbol ?? Name;

    /// <summary>
    /// True for a <c>static</c> (usually <c>static inline</c>) function the header defines: the library exports no
    /// symbol for it, so it is called through the generated C shim, which takes its address.
    /// </summary>
    public bool IsHeaderOnly { get; init; }

    /// <summary>False for <c>int f();</c>, declared without a prototype and read as taking no arguments, until a
    /// contract's <c>signature:</c> gives it one.</summary>
    public bool HasPrototype { get; init; } = true;

    /// <summary>
    /// Set when no symbol of the library is this function and the generated C shim defines it as a typed wrapper:
    /// a function-like macro the contract gave a signature, or one fixed-arity form of a variadic function. Null for
    /// the functions the headers declare.
    /// </summary>
    public ShimWrapper? Wrapper { get; init; }

    /// <summary>
    /// True for a function pointer variable the library exports (<c>extern void (*xFree)(void *);</c>) standing in for
    /// a function where a contract names it as one (<c>free: xFree</c>): a call reads the pointer the variable holds
    /// at that moment, so a library that reassigns it is followed.
    /// </summary>
    public bool IsGlobalPointer { get; init; }

    /// <summary>True when the thin layer calls this function through the generated C shim.</summary>
    public bool NeedsShim => IsHeaderOnly || Wrapper is not null;
}

/// <summary>What a shim wrapper calls, with arguments of the wrapper's parameter types.</summary>
public enum ShimWrapperKind
{
    /// <summary>A function-like macro, expanded by the C compiler with the wrapper's arguments.</summary>
    Macro,

    /// <summary>A variadic function, called with the wrapper's arguments after C's default argument promotions.</summary>
    VariadicForm,
}

/// <summary>
/// A function the C shim defines: it calls the macro or variadic function of the same name
/// with its own typed parameters. <see cref="Form"/> numbers a variadic function's forms from 0, in contract order;
/// it is 0 for a macro.
/// </summary>
public sealed record ShimWrapper(ShimWrapperKind Kind, int Form);

/// <summary>
/// A variable the library exports (<c>extern const char sqlite3_version[];</c>, <c>extern void (*xFree)(void *);</c>).
/// <see cref="Type"/> is as declared: <see cref="CType.IsConst"/> when the program may only read it, an
/// <see cref="ArrayType"/> of unknown length for <c>x[]</c>.
/// </summary>
public sealed record GlobalDecl(string Name, CType Type, SourceLocation Location) : Declaration(Name, Location);

/// <summary>A function parameter. <see cref="Name"/> is synthesized (<c>arg0</c>...) when the header gives none.</summary>
public sealed record ParameterDecl(string Name, CType Type, bool IsNameSynthesized = false);

/// <summary>A <c>typedef</c>.</summary>
public sealed record TypedefDecl(string Name, CType Underlying, SourceLocation Location) : Declaration(Name, Location);

/// <summary>A struct or union. Opaque (incomplete) records have <see cref="IsComplete"/> false and no layout.</summary>
public sealed record RecordDecl(string Name, RecordKind Kind, bool IsComplete, SourceLocation Location) : Declaration(Name, Location)
{
    /// <summary>Size in bytes as the compiler lays it out; 0 when incomplete.</summary>
    public long Size { get; init; }

    /// <summary>Alignment in bytes; 0 when incomplete.</summary>
    public long Alignment { get; init; }

    public ImmutableArray<FieldDecl> Fields { get; init; } = [];

    /// <summary>True when the C declaration had no tag (its name was synthesized, or taken from a typedef).</summary>
    public bool IsAnonymous { get; init; }

    /// <summary>The typedef name that named this record, when a typedef did (<c>typedef struct z_stream_s {...} z_stream</c>).</summary>
    public string? TypedefName { get; init; }
}

/// <summary>A field with its exact place in the record.</summary>
public sealed record FieldDecl(string Name, CType Type, long OffsetBits)
{
    /// <summary>Width in bits for a bitfield; null otherwise.</summary>
    public int? BitWidth { get; init; }

    /// <summary>True for an unnamed struct/union member whose fields belong to the parent (C11 anonymous members).</summary>
    public bool IsAnonymousMember { get; init; }

    public Documentation? Doc { get; init; }

    public long OffsetBytes => OffsetBits / 8;
}

/// <summary>An enum with its underlying integer type.</summary>
public sealed record EnumDecl(string Name, PrimitiveKind UnderlyingType, ImmutableArray<EnumMember> Members, SourceLocation Location) : Declaration(Name, Location)
{
    public bool IsAnonymous { get; init; }

    public string? TypedefName { get; init; }
}

/// <summary>An enumerator. Values are kept as <see cref="Int128"/> so both negative and full 64-bit unsigned values fit.</summary>
public sealed record EnumMember(string Name, Int128 Value)
{
    public Documentation? Doc { get; init; }
}

/// <summary>A <c>#define</c> whose value the compiler could evaluate to a constant.</summary>
public sealed record MacroConstant(string Name, ConstantValue Value, SourceLocation Location) : Declaration(Name, Location);

/// <summary>
/// A function-like macro (<c>#define deflateInit(strm, level) deflateInit_(...)</c>): part of many C APIs, with no
/// symbol and no C types. Kept so that nothing a header exports vanishes unsaid.
/// </summary>
/// <param name="Parameters">The macro's parameter names; <c>...</c> for a variadic one.</param>
public sealed record FunctionMacro(string Name, ImmutableArray<string> Parameters, SourceLocation Location) : Declaration(Name, Location);

/// <summary>The value of a macro constant, with the C type clang gave it.</summary>
public abstract record ConstantValue;

/// <summary>An integer constant. <see cref="Type"/> is its natural C type (<c>int</c>, <c>unsigned long</c>, ...).</summary>
public sealed record IntegerConstant(Int128 Value, PrimitiveKind Type) : ConstantValue;

/// <summary>A floating-point constant.</summary>
public sealed record FloatConstant(double Value, PrimitiveKind Type) : ConstantValue;

/// <summary>A string literal, as its bytes (no terminator).</summary>
public sealed record StringConstant(ImmutableArray<byte> Utf8) : ConstantValue;

/// <summary>A pointer-valued constant such as <c>((sqlite3_destructor_type)-1)</c>: the integer it casts.</summary>
public sealed record PointerConstant(Int128 Value, CType PointerType) : ConstantValue;
