namespace BindingForge.Contracts.Vocabulary;

/// <summary>A name: of a function, a parameter, a C type, a constant, or a C# identifier.</summary>
/// <param name="Words">Fixed words also accepted in its place: <c>null-terminated</c> for a length.</param>
public sealed record SymbolShape(SymbolKind Kind, params string[] Words) : ValueShape;
