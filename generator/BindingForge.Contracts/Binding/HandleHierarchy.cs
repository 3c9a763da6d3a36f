using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// The type hierarchy of a library's object system, from the handles' <c>base:</c> keys (GObject's
/// <c>GtkButton</c> → <c>GtkWidget</c> → <c>GObject</c>; a C library's own <c>shape</c> → <c>object</c>). A handle in
/// a hierarchy may be released, retained and sunk through a base's function, typed as the base or as <c>void *</c>,
/// and a handle that states none of them inherits its nearest base's. A base that is no handle, the handle itself,
/// or a cycle is BF2170.
/// </summary>
internal sealed class HandleHierarchy
{
    private readonly Dictionary<string, string> _base = new(StringComparer.Ordinal);
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private readonly BindContext _context;

    public HandleHierarchy(IEnumerable<HandleEntry> entries, BindContext context)
    {
        _context = context;
        var list = entries.ToList();
        var keys = list.Select(e => e.CType.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in list)
        {
            if (entry.Base is not { } named)
                continue;
            if (!keys.Contains(named.Value) || named.Value == entry.CType.Value)
            {
                var hint = NameSuggester.Hint(named.Value, keys);
                context.Error(ContractDiagnosticIds.BaseNotAHandle,
                    named.Value == entry.CType.Value ? $"handle `{named.Value}` cannot be its own {HandleKeys.Base.Quoted}" : $"{HandleKeys.Base.Quoted} `{named.Value}` is not a handle of this contract{hint}", named.Location);
                continue;
            }

            _base[entry.CType.Value] = named.Value;
        }

        foreach (var entry in list.Where(e => _base.ContainsKey(e.CType.Value)))
        {
            if (Ancestors(entry.CType.Value).Contains(entry.CType.Value))
            {
                context.Error(ContractDiagnosticIds.BaseNotAHandle, $"{HandleKeys.Base.Quoted} of `{entry.CType.Value}` makes a cycle: {string.Join(" -> ", Ancestors(entry.CType.Value).Prepend(entry.CType.Value))}", entry.Base!.Location);
                _base.Remove(entry.CType.Value);
            }
        }

        foreach (var (derived, @base) in _base)
        {
            _members.Add(derived);
            _members.Add(@base);
        }
    }

    public bool HasBase(string handle) => _base.ContainsKey(handle);

    public string? BaseOf(string handle) => _base.GetValueOrDefault(handle);

    /// <summary>True when the handle has a base or is one.</summary>
    public bool InHierarchy(string handle) => _members.Contains(handle);

    /// <summary>The bases of <paramref name="handle"/>, nearest first (stops at a repeat).</summary>
    public IEnumerable<string> Ancestors(string handle)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var at = handle; _base.TryGetValue(at, out var next) && seen.Add(next); at = next)
            yield return next;
    }

    /// <summary>Whether a role function's one parameter of type <paramref name="type"/> can take a <paramref name="handle"/>.</summary>
    public bool Accepts(string handle, CType type)
    {
        var taken = _context.HandleTypes.OfValue(type);
        if (taken == handle)
            return true;
        if (!InHierarchy(handle))
            return false;
        if (taken is not null)
            return Ancestors(handle).Contains(taken);
        return _context.Header.Resolve(type) is PointerType { Pointee: var pointee } && _context.Header.Resolve(pointee) is PrimitiveType { Kind: PrimitiveKind.Void };
    }

    /// <summary>The handle with the release, retain and sink of its nearest base that has them, where it states none.</summary>
    public BoundHandle Inherit(BoundHandle handle, IReadOnlyDictionary<string, BoundHandle> bound)
    {
        foreach (var ancestor in Ancestors(handle.CTypeName))
        {
            if (!bound.TryGetValue(ancestor, out var @base))
                continue;
            handle = handle with
            {
                Release = handle.Release ?? @base.Release,
                Retain = handle.Release is null ? handle.Retain ?? @base.Retain : handle.Retain,
                Sink = handle.Sink ?? @base.Sink,
            };
        }

        return handle;
    }
}
