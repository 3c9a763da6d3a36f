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
    private ImmutableDictionary<string, BoundFunction>? _functions;

    public BoundHandle? FindHandle(string cTypeName) => Handles.FirstOrDefault(h => h.CTypeName == cTypeName);

    public BoundStruct? FindStruct(string cTypeName) => Structs.FirstOrDefault(s => s.CTypeName == cTypeName);

    public BoundErrorDomain? FindError(string name) => Errors.FirstOrDefault(e => e.Name == name);

    /// <summary>The facts for a C function, or null when the contract does not mention it.</summary>
    public BoundFunction? FindFunction(string cName) =>
        (_functions ??= Functions.ToImmutableDictionary(f => f.CName)).GetValueOrDefault(cName);
}
