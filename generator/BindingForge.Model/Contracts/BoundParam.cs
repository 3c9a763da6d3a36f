using System.Collections.Immutable;
using System.Text.Json.Serialization;
using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// One parameter of a bound function with the facts the contract states about it. A parameter the contract does
/// not mention has no facts beyond what the header implies (<see cref="Handle"/>, <see cref="Struct"/>).
/// </summary>
public sealed record BoundParam(ParameterDecl Decl, int Index, Provenance Provenance)
{
    /// <summary>C# parameter name (<c>name:</c>), when renamed.</summary>
    public string? Name { get; init; }

    /// <summary>The handle C type key when the parameter is a handle (<c>sqlite3*</c>), or an out pointer to one (<c>sqlite3**</c>).</summary>
    public string? Handle { get; init; }

    /// <summary>The caller-allocated struct C type key when the parameter points to one (<c>z_streamp</c>).</summary>
    public string? Struct { get; init; }

    public StringEncoding? String { get; init; }

    public bool Nullable { get; init; }

    public OutKind? Out { get; init; }

    public OwnedFact? Owned { get; init; }

    public BorrowedFact? Borrowed { get; init; }

    /// <summary>The callee takes ownership of the argument (<c>consumed:</c>).</summary>
    public bool Consumed { get; init; }

    /// <summary>With <see cref="Consumed"/>: only when the call succeeds (<c>consumed: on_success</c>).</summary>
    public bool ConsumedOnSuccess { get; init; }

    /// <summary>The index of the handle parameter that keeps this argument alive after the call (<c>kept_by:</c>).</summary>
    public int? KeptByParameter { get; init; }

    public ArrayDirection? Array { get; init; }

    public LengthFact? Length { get; init; }

    /// <summary>The element C type (<c>element:</c>) where the header says <c>void*</c>.</summary>
    public CType? Element { get; init; }

    public CallbackFact? Callback { get; init; }

    /// <summary>A pointer to a scalar the callee reads and writes (<c>inout: true</c>): a C# <c>ref</c>.</summary>
    public bool InOut { get; init; }

    /// <summary>The argument the contract fixes (<c>value:</c>); the safe style hides the parameter.</summary>
    public FixedValue? Value { get; init; }

    /// <summary>An out value the safe style does not hand back: the callee accepts NULL for it (<c>optional: true</c>).</summary>
    public bool Optional { get; init; }

    /// <summary>Indexes of the parameters whose handles an out handle keeps alive.</summary>
    public ImmutableArray<int> ParentParameters { get; init; } = [];

    /// <summary>The index of the pool parameter an out handle is allocated from (<c>from_pool:</c>).</summary>
    public int? FromPoolParameter { get; init; }

    /// <summary>The index of the pool parameter this handle belongs to after the call (<c>moves_to:</c>).</summary>
    public int? MovesToParameter { get; init; }

    /// <summary>Array fields of the caller-allocated struct this call reads or writes (<c>fields:</c>); the safe style
    /// takes a span for each and sets the field (and its length field) for the duration of the call.</summary>
    public ImmutableArray<string> Fields { get; init; } = [];

    /// <summary>Indexes of the array or string parameters whose length this parameter carries, -1 standing for the
    /// returned buffer (computed by the binder).</summary>
    public ImmutableArray<int> LengthOf { get; init; } = [];

    /// <summary>Index of the callback parameter whose user data this parameter carries (computed by the binder).</summary>
    public int? UserDataOf { get; init; }

    /// <summary>Index of the callback parameter whose destroy notification this parameter takes (computed by the binder).</summary>
    public int? DestroyOf { get; init; }

    /// <summary>How the parameter is marshalled, chosen by the binder from the facts above; null for a parameter built
    /// without a binder (a function the contract does not list). Not written by <c>--emit-model</c>: it restates the
    /// facts.</summary>
    [JsonIgnore]
    public ParamShape? Shape { get; init; }

    /// <summary>True when the safe style computes this argument instead of asking the caller for it.</summary>
    public bool IsHidden => Value is not null || !LengthOf.IsEmpty || UserDataOf is not null || DestroyOf is not null;
}
