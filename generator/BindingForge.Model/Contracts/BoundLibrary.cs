using System.Collections.Immutable;

namespace BindingForge.Model.Contracts;

/// <summary>
/// The contract's <c>library:</c> section, as stated. Values the contract leaves out are null or empty; the
/// options record applies its own defaults.
/// </summary>
public sealed record BoundLibrary(
    string Name,
    ImmutableArray<string> Headers,
    ImmutableArray<string> IncludeDirs,
    ImmutableArray<string> Defines,
    string? Namespace,
    string? ClassName,
    ImmutableArray<string> Include,
    ImmutableArray<string> Exclude,
    SourceLocation Location);
