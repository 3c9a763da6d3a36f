using System.Collections.Immutable;
using BindingForge.Model;

namespace BindingForge.Contracts.Syntax;

/// <summary><c>borrowed: true|false</c>, <c>borrowed: { until: [fn...] }</c> or <c>borrowed: { of: param }</c>, as written.</summary>
public sealed record BorrowedSyntax(SourceLocation Location)
{
    public Located<bool>? Flag { get; init; }

    public ImmutableArray<Located<string>>? Until { get; init; }

    public Located<string>? Of { get; init; }

    /// <summary>True unless the contract wrote <c>borrowed: false</c>.</summary>
    public bool IsStated => Flag?.Value ?? true;
}
