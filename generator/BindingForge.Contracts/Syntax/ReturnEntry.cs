using System.Collections.Immutable;
using BindingForge.Model;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Syntax;

/// <summary>A function's <c>returns:</c> mapping as written.</summary>
public sealed record ReturnEntry(SourceLocation Location, EntryMeta Meta)
{
    public Located<string>? Error { get; init; }

    /// <summary><c>success:</c> (extension), the success codes of the domain this function returns.</summary>
    public ImmutableArray<SymbolOrNumber>? Success { get; init; }

    public Located<bool>? NullIsError { get; init; }

    /// <summary><c>bool: true</c> (extension): the integer result is a yes/no answer.</summary>
    public Located<bool>? Bool { get; init; }

    /// <summary><c>null_may_be_error:</c>, the error domain whose code tells a NULL failure from a NULL value.</summary>
    public Located<string>? NullMayBeError { get; init; }

    /// <summary><c>null_may_be_error: { codes: [...] }</c>, the codes that make a NULL a failure; null for any failure code.</summary>
    public ImmutableArray<SymbolOrNumber>? NullErrorCodes { get; init; }

    /// <summary><c>null_code:</c>, the code a NULL result stands for under <c>null_is_error</c>.</summary>
    public SymbolOrNumber? NullCode { get; init; }

    /// <summary><c>error_parent:</c>, the parent parameter holding the returned handle's error state.</summary>
    public Located<string>? ErrorParent { get; init; }

    public Located<StringEncoding>? String { get; init; }

    public OwnedSyntax? Owned { get; init; }

    public BorrowedSyntax? Borrowed { get; init; }

    public Located<bool>? Nullable { get; init; }

    public LengthSyntax? Length { get; init; }

    public Located<string>? Element { get; init; }

    /// <summary><c>from_pool:</c>, the pool parameter the result is allocated from.</summary>
    public Located<string>? FromPool { get; init; }

    /// <summary><c>duplicate_of:</c> (extension), the handle parameter the returned handle duplicates.</summary>
    public Located<string>? DuplicateOf { get; init; }

    /// <summary><c>updates:</c> (extension), the handle parameter the result is the new address of.</summary>
    public Located<string>? Updates { get; init; }

    /// <summary><c>parent:</c>, one parameter name or a list of them.</summary>
    public ImmutableArray<Located<string>>? Parent { get; init; }
}
