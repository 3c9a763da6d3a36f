using System.Collections.Immutable;
using BindingForge.Model;

namespace BindingForge.Contracts.Syntax;

/// <summary><c>library: select:</c>, globs over C symbol names.</summary>
public sealed record SelectSection(SourceLocation Location)
{
    public ImmutableArray<Located<string>>? Include { get; init; }

    public ImmutableArray<Located<string>>? Exclude { get; init; }
}
