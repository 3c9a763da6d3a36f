using BindingForge.Model;

namespace BindingForge.Contracts.Syntax;

/// <summary>An error domain's <c>lock: handle</c> or <c>lock: { mutex, enter, leave }</c>, as written.</summary>
public sealed record LockSyntax(SourceLocation Location)
{
    /// <summary>True for <c>lock: handle</c>: the safe layer's own lock per handle.</summary>
    public bool IsHandleLock { get; init; }

    public Located<string>? Mutex { get; init; }

    public Located<string>? Enter { get; init; }

    public Located<string>? Leave { get; init; }
}
