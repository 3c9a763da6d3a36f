using BindingForge.Model;

namespace BindingForge.Contracts.Syntax;

/// <summary>
/// <c>length:</c> as written: a parameter name, <c>null-terminated</c>, <c>{ fixed: N }</c> or, on returns,
/// <c>{ call: fn }</c>. Exactly one member is set.
/// </summary>
public sealed record LengthSyntax(SourceLocation Location)
{
    public Located<string>? Name { get; init; }

    public bool NullTerminated { get; init; }

    public Located<long>? Fixed { get; init; }

    public Located<string>? Call { get; init; }
}
