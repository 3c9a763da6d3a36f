using BindingForge.Contracts.Binding;
using BindingForge.Model.Contracts;
using BindingForge.Review.Coverage;

namespace BindingForge.Review.Diff;

/// <summary>
/// The names of the safe API a contract implies, as docs/contract-format.md describes them: a function whose first
/// parameter is a handle is an instance method of the handle's class; one that hands out a new owned handle without
/// taking one is a static factory on it; anything else is on the library's static class. The method name is
/// <c>name:</c>, else the C name without the library prefix and the handle's own prefix, in PascalCase. A function
/// is in the safe API unless it is skipped or a pointer of it still lacks a fact.
/// </summary>
internal sealed class SafeApi
{
    private readonly string _libraryPrefix;
    private readonly HashSet<string> _selected;

    private SafeApi(DiffSide side)
    {
        Side = side;
        Binding = ExpandedBinding.Bind(side.Document, side.Header);
        Shape = new TypeShape(side.Header);
        _selected = [.. Binding.Selected.Select(f => f.Name)];
        var library = Binding.Contract.Library;
        LibraryClass = library.ClassName ?? Naming.PascalCase(library.Name.Length > 0 ? library.Name : "Library");
        _libraryPrefix = library.Name.Length > 0 && Binding.Selected.Count(f => f.Name.StartsWith(library.Name + "_", StringComparison.Ordinal)) * 2 >= Binding.Selected.Length
            ? library.Name + "_"
            : string.Empty;
    }

    public DiffSide Side { get; }

    public ExpandedBinding Binding { get; }

    public TypeShape Shape { get; }

    public string LibraryClass { get; }

    public static SafeApi Build(DiffSide side) => new(side);

    public BoundFunction? Function(string cName) => Binding.Contract.FindFunction(cName);

    /// <summary>True when the contract's selection includes the C function.</summary>
    public bool IsSelected(string cName) => _selected.Contains(cName);

    /// <summary><c>Statement.ExpandedSql</c> for a function in the safe API; null when the safe layer does not bind it.</summary>
    public string? MemberOf(string cName)
    {
        if (Function(cName) is not { } function || !IsSelected(cName) || !IsBound(function))
            return null;
        var (className, handle) = ClassOf(function);
        return $"{className}.{function.Name ?? MethodName(function.CName, handle)}";
    }

    /// <summary>The safe class of a C type: its <c>structs:</c> class, or its handle class; null when it has none.</summary>
    public string? ClassOf(string cTypeName) =>
        Binding.Contract.FindStruct(cTypeName)?.ClassName ?? (Binding.Contract.FindHandle(cTypeName) is { Skip: null } handle ? handle.ClassName : null);

    /// <summary>Not skipped, and every pointer has a fact.</summary>
    public bool IsBound(BoundFunction function) => function.Skip is null && !PointerPieces.Uncovered(function, Shape).Any();

    private (string Class, BoundHandle? Handle) ClassOf(BoundFunction function)
    {
        var contract = Binding.Contract;
        if (function.Parameters.FirstOrDefault() is { Handle: { } first, Out: null } && contract.FindHandle(first) is { Skip: null } owner)
            return (owner.ClassName, owner);
        var made = function.Return is { Owned: not null, Handle: { } returned } ? returned
            : function.Parameters.FirstOrDefault(p => p is { Out: OutKind.Owned, Handle: not null })?.Handle;
        if (made is not null && contract.FindHandle(made) is { Skip: null } factory && !function.Parameters.Any(p => p.Out is null && p.Handle == made))
            return (factory.ClassName, factory);
        return (LibraryClass, null);
    }

    private string MethodName(string cName, BoundHandle? handle)
    {
        var name = cName.StartsWith(_libraryPrefix, StringComparison.Ordinal) ? cName[_libraryPrefix.Length..] : cName;
        if (handle is not null)
        {
            var own = handle.CTypeName.StartsWith(_libraryPrefix, StringComparison.Ordinal) ? handle.CTypeName[_libraryPrefix.Length..] : handle.CTypeName;
            if (own.Length > 0 && name.StartsWith(own + "_", StringComparison.Ordinal))
                name = name[(own.Length + 1)..];
        }

        return Naming.PascalCase(name);
    }
}
