using System.Collections.Immutable;
using BindingForge.Model;

namespace BindingForge.Review.Coverage;

/// <summary>A pointer-bearing function some of whose pointers no contract fact explains.</summary>
/// <param name="Pieces">What lacks a fact: <c>the return (`sqlite3_value *`)</c>, <c>parameter `ppDb` (`sqlite3 **`)</c>.</param>
/// <param name="Location">The function's entry in the contract, or the library section when it has none.</param>
/// <param name="HasEntry">True when the contract has an entry for the function (with too few facts).</param>
public sealed record UncoveredFunction(string Name, ImmutableArray<string> Pieces, SourceLocation Location, bool HasEntry);
