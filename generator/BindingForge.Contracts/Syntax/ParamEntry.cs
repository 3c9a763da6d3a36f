using System.Collections.Immutable;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Syntax;

/// <summary>One entry under a function's <c>params:</c>; <see cref="ParamName"/> is its key.</summary>
public sealed record ParamEntry(Located<string> ParamName, EntryMeta Meta)
{
    public Located<StringEncoding>? String { get; init; }

    public Located<bool>? Nullable { get; init; }

    public Located<OutKind>? Out { get; init; }

    /// <summary><c>free:</c>, with <c>out: owned</c>.</summary>
    public Located<string>? Free { get; init; }

    /// <summary><c>from_pool:</c>, the pool parameter an out handle is allocated from.</summary>
    public Located<string>? FromPool { get; init; }

    /// <summary><c>moves_to:</c>, the pool parameter this handle belongs to after the call.</summary>
    public Located<string>? MovesTo { get; init; }

    /// <summary><c>of:</c>, with <c>out: borrowed</c>.</summary>
    public Located<string>? Of { get; init; }

    public OwnedSyntax? Owned { get; init; }

    public BorrowedSyntax? Borrowed { get; init; }

    /// <summary><c>consumed: true</c>, or <c>consumed: on_success</c> (then also <see cref="ConsumedOnSuccess"/>).</summary>
    public Located<bool>? Consumed { get; init; }

    /// <summary><c>consumed: on_success</c> (extension): consumed only when the call succeeds.</summary>
    public Located<bool>? ConsumedOnSuccess { get; init; }

    /// <summary><c>kept_by:</c> (extension), the handle parameter that keeps this argument alive.</summary>
    public Located<string>? KeptBy { get; init; }

    public Located<ArrayDirection>? Array { get; init; }

    public LengthSyntax? Length { get; init; }

    public Located<string>? Element { get; init; }

    public CallbackSyntax? Callback { get; init; }

    /// <summary><c>inout: true</c> (extension): a pointer to a scalar the callee reads and writes.</summary>
    public Located<bool>? InOut { get; init; }

    /// <summary><c>value:</c> (extension): the argument the safe style always passes.</summary>
    public ValueSyntax? Value { get; init; }

    /// <summary><c>parent:</c>, one parameter name or a list of them.</summary>
    public ImmutableArray<Located<string>>? Parent { get; init; }

    /// <summary><c>fields:</c> (extension): array fields of a caller-allocated struct this call uses.</summary>
    public ImmutableArray<Located<string>>? Fields { get; init; }

    /// <summary><c>optional: true</c> (extension): an out parameter the callee accepts NULL for, not handed back.</summary>
    public Located<bool>? Optional { get; init; }
}
