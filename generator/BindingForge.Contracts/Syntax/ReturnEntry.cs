using System.Collections.Immutable;
using BindingForge.Model;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Syntax;

/// <summary>A function's <c>returns:</c> mapping as written.</summary>
public sealed record ReturnEntry(SourceLocation Location, EntryMeta Meta)
{
    public Located<string>? Error { get; init; }

    public Located<bool>? NullIsError { get; init; }

    public Located<StringEncoding>? String { get; init; }

    public OwnedSyntax? Owned { get; init; }

    public BorrowedSyntax? Borrowed { get; init; }

    public Located<bool>? Nullable { get; init; }

    public LengthSyntax? Length { get; init; }

    public Located<string>? Element { get; init; }

    /// <summary><c>parent:</c>, one parameter name or a list of them.</summary>
    public ImmutableArray<Located<string>>? Parent { get; init; }
}
