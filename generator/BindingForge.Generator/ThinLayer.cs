using BindingForge.Generator.Mapping;
using BindingForge.Model.Header;

namespace BindingForge.Generator;

/// <summary>
/// The thin layer's result as the safe layer sees it, and the only way the safe layer reaches the thin one: which
/// functions it bound and under which name, and how it spells each C type. Sharing the thin builder's mapper keeps
/// both layers' types identical. Built once by <see cref="Thin.ThinModelBuilder.Build"/>; immutable after that.
/// </summary>
internal sealed class ThinLayer(string nativeClass, TypeMapper mapper, IReadOnlyDictionary<string, string> functions, HeaderModel model,
    IReadOnlySet<string> typeNames)
{
    /// <summary><c>Sqlite3Native</c>.</summary>
    public string NativeClass { get; } = nativeClass;

    public HeaderModel Model { get; } = model;

    /// <summary>Every type name the run's namespace already holds: the thin layer's records, enums and opaque types as
    /// named (after renames), and the generated classes they made room for. Safe classes must take other names.</summary>
    public IReadOnlySet<string> TypeNames { get; } = typeNames;

    /// <summary>The thin property of each exported variable the thin layer bound, by C name.</summary>
    public IReadOnlyDictionary<string, string> Globals { get; init; } = new Dictionary<string, string>();

    /// <summary>True when the thin layer bound <paramref name="cName"/>.</summary>
    public bool Has(string cName) => functions.ContainsKey(cName);

    /// <summary>True when the thin layer can call <paramref name="function"/>: a bound function, or the exported function
    /// pointer variable it stands for.</summary>
    public bool Has(FunctionDecl function) => function.IsGlobalPointer ? Globals.ContainsKey(function.Name) : Has(function.Name);

    /// <summary>The call target of a C function: <c>Sqlite3Native.sqlite3_step</c>.</summary>
    public string Call(string cName) => $"{NativeClass}.{functions[cName]}";

    /// <summary>The call target of <paramref name="function"/>: the function, or the function pointer property that
    /// reads the variable at each call (<c>GlobalsNative.bf_g_free_hook</c>).</summary>
    public string Call(FunctionDecl function) => function.IsGlobalPointer ? $"{NativeClass}.{Globals[function.Name]}" : Call(function.Name);

    /// <summary>The thin C# type of a parameter (or a pointer's pointee: <see cref="TypePosition.Pointee"/>).</summary>
    public MappedType Map(CType type, TypePosition position = TypePosition.Parameter) => mapper.Map(type, position);

    /// <summary>The thin C# type of a function's result.</summary>
    public MappedType MapReturn(CType type) => mapper.Map(type, TypePosition.Return);

    /// <summary>The pointee of a pointer type after typedefs, or null when <paramref name="type"/> is no pointer.</summary>
    public CType? Pointee(CType type) => Model.Resolve(type) is PointerType pointer ? pointer.Pointee : null;

    /// <summary>The type with typedefs followed (typedefs the model does not declare, like <c>size_t</c>, stay).</summary>
    public CType Resolve(CType type) => Model.Resolve(type);

    /// <summary>True for <c>void</c> after typedefs.</summary>
    public bool IsVoid(CType type) => Resolve(type) is PrimitiveType { Kind: PrimitiveKind.Void };
}
