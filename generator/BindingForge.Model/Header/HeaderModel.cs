using System.Collections.Immutable;

namespace BindingForge.Model.Header;

/// <summary>
/// Everything declared in the headers the user named (not in what they include), in source order per kind.
/// Immutable; built by the header reader and never changed after. Lookups by name are indexed on first use.
/// </summary>
public sealed class HeaderModel(
    ImmutableArray<FunctionDecl> functions,
    ImmutableArray<RecordDecl> records,
    ImmutableArray<EnumDecl> enums,
    ImmutableArray<TypedefDecl> typedefs,
    ImmutableArray<MacroConstant> constants)
{
    public ImmutableArray<FunctionDecl> Functions { get; } = functions;
    public ImmutableArray<RecordDecl> Records { get; } = records;
    public ImmutableArray<EnumDecl> Enums { get; } = enums;
    public ImmutableArray<TypedefDecl> Typedefs { get; } = typedefs;
    public ImmutableArray<MacroConstant> Constants { get; } = constants;

    /// <summary>The function-like macros the headers define (the last definition of each name).</summary>
    public ImmutableArray<FunctionMacro> FunctionMacros { get; init; } = [];

    /// <summary>The variables the headers declare <c>extern</c> (or define at file scope without <c>static</c>).</summary>
    public ImmutableArray<GlobalDecl> Globals { get; init; } = [];

    public static HeaderModel Empty { get; } = new([], [], [], [], []);

    private ImmutableDictionary<string, TypedefDecl>? _typedefs;
    private ImmutableDictionary<string, RecordDecl>? _records;
    private ImmutableDictionary<string, EnumDecl>? _enums;
    private ImmutableDictionary<string, FunctionDecl>? _functions;

    /// <summary>The function of that C name; for overloads (<c>__attribute__((overloadable))</c>), the first declared.</summary>
    public FunctionDecl? FindFunction(string name) =>
        (_functions ??= Functions.GroupBy(f => f.Name, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First())).GetValueOrDefault(name);

    public TypedefDecl? FindTypedef(string name) =>
        (_typedefs ??= Typedefs.ToImmutableDictionary(t => t.Name)).GetValueOrDefault(name);

    public RecordDecl? FindRecord(string name) =>
        (_records ??= Records.ToImmutableDictionary(r => r.Name)).GetValueOrDefault(name);

    public EnumDecl? FindEnum(string name) =>
        (_enums ??= Enums.ToImmutableDictionary(e => e.Name)).GetValueOrDefault(name);

    /// <summary>Follows typedefs until a non-typedef type; a typedef not in the model stays as it is.</summary>
    public CType Resolve(CType type)
    {
        while (type is TypedefRef t && FindTypedef(t.Name) is { } decl)
            type = decl.Underlying;
        return type;
    }
}
