using System.Collections.Immutable;
using BindingForge.Model.Header;
using BindingForge.Review.Coverage;

namespace BindingForge.Review.Inference.Analysis;

/// <summary>
/// What every rule reads: the selected functions, the types they pass around, their comments, and the library's
/// deallocators. Built once per inference run; rules never change it.
/// </summary>
internal sealed class InferenceContext
{
    private readonly Dictionary<string, NameWords> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HandleType> _handles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FunctionDecl>> _producers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FunctionDecl>> _oneArgument = new(StringComparer.Ordinal);

    public InferenceContext(InferenceRequest request)
    {
        Request = request;
        Header = request.Header;
        Types = new TypeFacts(Header);
        var selection = new SymbolSelection(request.Include, request.Exclude);
        Functions = [.. Header.Functions.Where(f => !f.IsVariadic && selection.Includes(f.Name) && !HasUnsupportedType(f))];
        Docs = new DocIndex(Header, new Manuals.ManualShelf(request.ManualFolders, ManualDiagnostics).PagesFor(Functions.Select(f => f.Name), request.Library));
        Frees = new FreeFunctions(Header.Functions.Where(f => !f.IsVariadic), Types);
        IndexHandles();
    }

    public InferenceRequest Request { get; }

    /// <summary>GObject-Introspection statements: annotation comments and the .gir (none unless the inferrer loaded them).</summary>
    public Annotations.IntrospectionFacts Introspection { get; init; } = Annotations.IntrospectionFacts.None;

    public HeaderModel Header { get; }

    public TypeFacts Types { get; }

    /// <summary>The functions the draft covers: selected, not variadic, and free of types the model cannot express.</summary>
    public ImmutableArray<FunctionDecl> Functions { get; }

    public DocIndex Docs { get; }

    /// <summary>What reading the manual pages reported (BF2310 for a page that could not be read).</summary>
    public Model.Diagnostics.DiagnosticBag ManualDiagnostics { get; } = new();

    public FreeFunctions Frees { get; }

    /// <summary>Every type some selected function passes around by pointer, by identity.</summary>
    public IReadOnlyDictionary<string, HandleType> Handles => _handles;

    /// <summary>The words of a function's name, cached.</summary>
    public NameWords Words(string function)
    {
        if (!_names.TryGetValue(function, out var words))
            _names[function] = words = NameWords.Of(function);
        return words;
    }

    /// <summary>Functions that hand out a value of the handle: return it, or fill a <c>T**</c> with it.</summary>
    public IReadOnlyList<FunctionDecl> ProducersOf(HandleType handle) =>
        _producers.TryGetValue(handle.Identity, out var list) ? list : [];

    /// <summary>Header functions (selected or not) whose one argument is a value of the handle: release candidates.</summary>
    public IReadOnlyList<FunctionDecl> OneArgumentFunctionsOf(HandleType handle) =>
        _oneArgument.TryGetValue(handle.Identity, out var list) ? list : [];

    /// <summary>The handle whose identity is <paramref name="identity"/>.</summary>
    public HandleType? Handle(string identity) => _handles.GetValueOrDefault(identity);

    private void IndexHandles()
    {
        ByValue = [.. Header.Functions.SelectMany(f => f.Parameters.Select(p => p.Type).Append(f.ReturnType))
            .Select(t => Types.Shape.RecordOf(t)?.Name).OfType<string>()];
        foreach (var function in Functions)
        {
            if (Types.HandleOfValue(function.ReturnType) is { } returned)
                AddProducer(returned, function);
            foreach (var parameter in function.Parameters)
            {
                if (Types.HandleOfValue(parameter.Type) is { } value)
                    Register(value);
                else if (Types.HandleOfOut(parameter.Type) is { } handedOut)
                    AddProducer(handedOut, function);
            }
        }

        foreach (var function in Header.Functions.Where(f => !f.IsVariadic && f.Parameters.Length == 1))
        {
            if (Types.HandleOfValue(function.Parameters[0].Type) is { } handle && _handles.ContainsKey(handle.Identity))
                Add(_oneArgument, handle.Identity, function);
        }
    }

    private void AddProducer(HandleType handle, FunctionDecl function)
    {
        Register(handle);
        if (_handles.ContainsKey(handle.Identity))
            Add(_producers, handle.Identity, function);
    }

    /// <summary>A struct some function takes or returns by value is a value type (<c>CXCursor</c>), never a handle.</summary>
    private void Register(HandleType handle)
    {
        if (!ByValue.Contains(handle.Identity))
            _handles.TryAdd(handle.Identity, handle);
    }

    /// <summary>Records passed or returned by value somewhere in the header.</summary>
    private HashSet<string> ByValue { get; set; } = [];

    private static void Add(Dictionary<string, List<FunctionDecl>> map, string key, FunctionDecl function)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        if (!list.Contains(function))
            list.Add(function);
    }

    private static bool HasUnsupportedType(FunctionDecl function) =>
        function.ReturnType is UnsupportedType || function.Parameters.Any(p => p.Type is UnsupportedType);
}
