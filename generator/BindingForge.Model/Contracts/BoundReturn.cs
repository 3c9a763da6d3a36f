using System.Collections.Immutable;
using System.Text.Json.Serialization;
using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>The facts about a function's return value (<c>returns:</c>). Every fact is null/false when not stated.</summary>
public sealed record BoundReturn(Provenance Provenance)
{
    /// <summary>The handle C type key when the function returns a handle pointer.</summary>
    public string? Handle { get; init; }

    public StringEncoding? String { get; init; }

    public bool Nullable { get; init; }

    public OwnedFact? Owned { get; init; }

    public BorrowedFact? Borrowed { get; init; }

    /// <summary>The error domain the return code belongs to (<c>error:</c>).</summary>
    public BoundErrorDomain? Error { get; init; }

    /// <summary>A null pointer return throws (<c>null_is_error:</c>).</summary>
    public bool NullIsError { get; init; }

    /// <summary>The returned pointer is a buffer of this many elements (<c>length:</c>), with <see cref="Element"/> type.</summary>
    public LengthFact? Length { get; init; }

    /// <summary>The element C type (<c>element:</c>) where the header says <c>void*</c>.</summary>
    public CType? Element { get; init; }

    /// <summary>Indexes of the parameters whose handles the returned handle keeps alive (<c>parent:</c>, or inferred
    /// from the handle's declared parent when exactly one argument has that type).</summary>
    public ImmutableArray<int> ParentParameters { get; init; } = [];

    /// <summary>How the return is marshalled, chosen by the binder from the facts above; null for a return built without
    /// a binder (a function the contract does not list). Not written by <c>--emit-model</c>: it restates the facts.</summary>
    [JsonIgnore]
    public ReturnShape? Shape { get; init; }

    /// <summary>An empty fact set: the function has no <c>returns:</c> entry.</summary>
    public static BoundReturn None(SourceLocation location) => new(Provenance.At(location));
}
