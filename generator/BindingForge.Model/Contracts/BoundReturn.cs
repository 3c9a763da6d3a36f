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

    /// <summary>A NULL result may be a failure of this domain (<c>null_may_be_error:</c>): its <c>code</c> tells.</summary>
    public BoundErrorDomain? NullMayBeError { get; init; }

    /// <summary>The codes that make a NULL a failure (<c>null_may_be_error: { codes: [...] }</c>); empty: any failure code.</summary>
    public ImmutableArray<BoundSuccessValue> NullErrorCodes { get; init; } = [];

    /// <summary>The integer result is a yes/no answer (<c>bool: true</c>): the safe method returns <c>bool</c>.</summary>
    public bool IsBool { get; init; }

    /// <summary>The success codes this function returns (<c>success:</c>), of its domain's; empty when it may return any of them.</summary>
    public ImmutableArray<BoundSuccessValue> Success { get; init; } = [];

    /// <summary>The code a NULL result stands for under <see cref="NullIsError"/> (<c>null_code:</c>).</summary>
    public BoundSuccessValue? NullCode { get; init; }

    /// <summary>The index of the parent parameter that holds the returned handle's error state (<c>error_parent:</c>).</summary>
    public int? ErrorParentParameter { get; init; }

    /// <summary>The returned pointer is a buffer of this many elements (<c>length:</c>), with <see cref="Element"/> type.</summary>
    public LengthFact? Length { get; init; }

    /// <summary>The element C type (<c>element:</c>) where the header says <c>void*</c>.</summary>
    public CType? Element { get; init; }

    /// <summary>Indexes of the parameters whose handles the returned handle keeps alive (<c>parent:</c>, or inferred
    /// from the handle's declared parent when exactly one argument has that type).</summary>
    public ImmutableArray<int> ParentParameters { get; init; } = [];

    /// <summary>The index of the pool parameter the result is allocated from (<c>from_pool:</c>).</summary>
    public int? FromPoolParameter { get; init; }

    /// <summary>The index of the handle parameter an owned returned handle duplicates (<c>duplicate_of:</c>).</summary>
    public int? DuplicateOfParameter { get; init; }

    /// <summary>The index of the handle parameter the result is the new address of (<c>updates:</c>).</summary>
    public int? UpdatesParameter { get; init; }

    /// <summary>How the return is marshalled, chosen by the binder from the facts above; null for a return built without
    /// a binder (a function the contract does not list). Not written by <c>--emit-model</c>: it restates the facts.</summary>
    [JsonIgnore]
    public ReturnShape? Shape { get; init; }

    /// <summary>An empty fact set: the function has no <c>returns:</c> entry.</summary>
    public static BoundReturn None(SourceLocation location) => new(Provenance.At(location));
}
