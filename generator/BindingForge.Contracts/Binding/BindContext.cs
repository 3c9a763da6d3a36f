using BindingForge.Contracts.Syntax;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// State shared by the binder's passes: the header, the diagnostics, and what earlier passes bound
/// (handles and structs before errors, errors before functions).
/// </summary>
internal sealed class BindContext
{
    public BindContext(HeaderModel header, DiagnosticBag diagnostics, CNamePrefixes? prefixes = null)
    {
        Header = header;
        Prefixes = prefixes ?? new CNamePrefixes([], header.Functions.Select(f => f.Name));
        Diagnostics = diagnostics;
        Shape = new TypeShape(header);
        Constants = new ConstantResolver(header);
        HandleTypes = new TypeRegistry(Shape);
        StructTypes = new TypeRegistry(Shape);
    }

    public HeaderModel Header { get; }

    /// <summary>The library prefixes, for default C# type names (<see cref="CNamePrefixes.TypeName"/>).</summary>
    public CNamePrefixes Prefixes { get; }

    public DiagnosticBag Diagnostics { get; }

    public TypeShape Shape { get; }

    public ConstantResolver Constants { get; }

    public TypeRegistry HandleTypes { get; }

    public TypeRegistry StructTypes { get; }

    public Dictionary<string, BoundHandle> Handles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, BoundStruct> Structs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, BoundErrorDomain> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>enums:</c> entries bound, by C# name.</summary>
    public Dictionary<string, BoundEnum> Enums { get; } = new(StringComparer.Ordinal);

    /// <summary>Handles whose entry states a <c>release</c> (bound or not), so a misspelt release is reported once, not again at every owned use.</summary>
    public HashSet<string> HandlesWithRelease { get; } = new(StringComparer.Ordinal);

    /// <summary>True when an owned value of <paramref name="handle"/> can never be freed: the contract gives the handle no release at all.</summary>
    public bool LacksRelease(string handle) => Handles.ContainsKey(handle) && !HandlesWithRelease.Contains(handle);

    /// <summary>Every key under <c>errors:</c>, also those that failed to bind (their own diagnostics explain why).</summary>
    public HashSet<string> DeclaredErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>Error domains some function's <c>error:</c> names.</summary>
    public HashSet<string> UsedErrors { get; } = new(StringComparer.Ordinal);

    public void Error(string id, string message, SourceLocation location) => Diagnostics.Error(id, message, location);

    public void Warning(string id, string message, SourceLocation location) => Diagnostics.Warning(id, message, location);

    /// <summary>A function a fact names for <paramref name="role"/>; reports BF2104 with the nearest name when unknown.</summary>
    public FunctionDecl? Function(Located<string>? name, string role)
    {
        if (name is null)
            return null;
        if (Header.FindFunction(name.Value) is { } function)
            return function;
        var hint = NameSuggester.Hint(name.Value, Header.Functions.Select(f => f.Name));
        Error(ContractDiagnosticIds.UnknownFunctionReference, $"{role} `{name.Value}` is not a function of the header{hint}", name.Location);
        return null;
    }

    /// <summary>
    /// A free function a fact names: a function of the header, or a function pointer variable the library exports
    /// (some libraries free what they allocate through one: <c>extern void (*xFree)(void *);</c>), which then stands
    /// for the function it points to at the time of each call.
    /// </summary>
    /// <summary>True when the handle, or one of its bases, has a <c>sink</c> function.</summary>
    public bool HasSink(string handle) => Handles.TryGetValue(handle, out var bound) && bound.Sink is not null;

    public FunctionDecl? FreeFunction(Located<string>? name) =>
        name is not null && FreeCandidate(name) is { } function ? FreesOnePointer(function, name) : null;

    /// <summary>
    /// A <c>free:</c> function frees one pointer: it takes exactly one argument, and that is a pointer (BF2105 else:
    /// <c>free: g_list_append</c> would be called with one argument of two).
    /// </summary>
    private FunctionDecl? FreesOnePointer(FunctionDecl function, Located<string> name)
    {
        if (function.Parameters.Length == 1 && !function.IsVariadic && Shape.IsPointer(function.Parameters[0].Type))
            return function;
        var signature = string.Join(", ", function.Parameters.Select(p => p.Type.Spelling));
        Error(ContractDiagnosticIds.WrongSignatureForRole,
            $"free function `{function.Name}({signature})` must take exactly one argument, the pointer it frees", name.Location);
        return null;
    }

    private FunctionDecl? FreeCandidate(Located<string> name)
    {
        if (Header.FindFunction(name.Value) is not null)
            return Function(name, "free function");
        var global = Header.Globals.FirstOrDefault(g => g.Name == name.Value);
        if (global is null || Header.Resolve(global.Type) is not PointerType { Pointee: var pointee } || Header.Resolve(pointee) is not FunctionType function)
            return Function(name, "free function");
        return new FunctionDecl(global.Name, function.ReturnType,
            [.. function.Parameters.Select((p, i) => new ParameterDecl($"arg{i}", p, IsNameSynthesized: true))], function.IsVariadic, function.CallingConvention, global.Location)
        {
            IsGlobalPointer = true,
        };
    }

    /// <summary>A type a fact names (<c>element</c>, <c>type</c>, <c>sizeof</c>); reports BF2103 when unknown.</summary>
    public CType? Type(Located<string>? name, string role)
    {
        if (name is null)
            return null;
        if (CTypeNames.Parse(name.Value, Header) is { } type)
            return type;
        var hint = NameSuggester.Hint(name.Value, CTypeNames.Known(Header));
        Error(ContractDiagnosticIds.UnknownType, $"{role} `{name.Value}` is not a C type the header declares{hint}", name.Location);
        return null;
    }

    public static Provenance Provenance(EntryMeta meta, SourceLocation location) =>
        new(meta.Status?.Value ?? FactStatus.Unstated, meta.Source?.Value, meta.Note?.Value, location);
}
