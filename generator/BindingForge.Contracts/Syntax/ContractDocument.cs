using System.Collections.Immutable;
using BindingForge.Model;

namespace BindingForge.Contracts.Syntax;

/// <summary>
/// A contract file as written: every key and value with its location, nothing defaulted or resolved.
/// Produced by <see cref="ContractLoader"/>; interpreted by <see cref="Binding.ContractBinder"/>.
/// </summary>
/// <param name="Path">The file, as given to the loader.</param>
/// <param name="Location">The start of the document's root mapping.</param>
public sealed record ContractDocument(string Path, SourceLocation Location)
{
    /// <summary><c>bindingforge:</c>, the format version.</summary>
    public Located<long>? Version { get; init; }

    public LibrarySection? Library { get; init; }

    public ImmutableArray<HandleEntry> Handles { get; init; } = [];

    public ImmutableArray<ErrorEntry> Errors { get; init; } = [];

    /// <summary>Caller-allocated structs with init/cleanup pairs (an extension of v1; see docs/contract-format.md).</summary>
    public ImmutableArray<StructEntry> Structs { get; init; } = [];

    public ImmutableArray<FunctionEntry> Functions { get; init; } = [];

    /// <summary>Exported variables in the safe API (an extension of v1).</summary>
    public ImmutableArray<GlobalEntry> Globals { get; init; } = [];

    /// <summary><c>enums:</c> (extension): groups of C constants shown as C# enums.</summary>
    public ImmutableArray<EnumEntry> Enums { get; init; } = [];
}
