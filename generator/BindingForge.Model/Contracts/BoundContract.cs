using System.Collections.Immutable;

namespace BindingForge.Model.Contracts;

/// <summary>
/// A contract bound against a header model: every name resolved, every fact checked against the C types.
/// This is what the safe emitter consumes. Immutable; entries keep the contract's order.
/// </summary>
/// <param name="Path">The contract file, as given.</param>
public sealed record BoundContract(
    string Path,
    BoundLibrary Library,
    ImmutableArray<BoundHandle> Handles,
    ImmutableArray<BoundErrorDomain> Errors,
    ImmutableArray<BoundStruct> Structs,
    ImmutableArray<BoundFunction> Functions)
{
    private readonly NameIndex<BoundHandle> _handles = new(h => h.CTypeName);
    private readonly NameIndex<BoundStruct> _structs = new(s => s.CTypeName);
    private readonly NameIndex<BoundErrorDomain> _errors = new(e => e.Name);
    private readonly NameIndex<BoundFunction> _functions = new(f => f.CName);

    /// <summary>The exported variables the contract puts in the safe API (<c>globals:</c>).</summary>
    public ImmutableArray<BoundGlobal> Globals { get; init; } = [];

    /// <summary>Groups of C constants shown as C# enums (<c>enums:</c>), in contract order.</summary>
    public ImmutableArray<BoundEnum> Enums { get; init; } = [];

    public BoundHandle? FindHandle(string cTypeName) => _handles.Find(Handles, cTypeName);

    public BoundStruct? FindStruct(string cTypeName) => _structs.Find(Structs, cTypeName);

    public BoundErrorDomain? FindError(string name) => _errors.Find(Errors, name);

    /// <summary>The facts for a C function, or null when the contract does not mention it.</summary>
    public BoundFunction? FindFunction(string cName) => _functions.Find(Functions, cName);

    /// <summary>
    /// The facts for one declaration of the header model: as <see cref="FindFunction(string)"/>, except that each form
    /// of a variadic function (which shares its C name) has facts of its own.
    /// </summary>
    public BoundFunction? FindFunction(Header.FunctionDecl decl) => decl.Wrapper is { Kind: Header.ShimWrapperKind.VariadicForm } form
        ? Functions.FirstOrDefault(f => f.CName == decl.Name && f.Decl.Wrapper == form)
        : FindFunction(decl.Name);
}
