using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Syntax;

/// <summary>
/// The keys every entry may carry, as written: <c>status</c>, <c>source</c>, <c>note</c>, and on entries that
/// produce a C# member, <c>skip</c> and <c>name</c>.
/// </summary>
public sealed record EntryMeta
{
    public Located<FactStatus>? Status { get; init; }

    public Located<string>? Source { get; init; }

    public Located<string>? Note { get; init; }

    /// <summary><c>skip: true</c> or <c>skip: reason</c>.</summary>
    public Located<SkipFact>? Skip { get; init; }

    public Located<string>? Name { get; init; }

    public static EntryMeta Empty { get; } = new();
}
