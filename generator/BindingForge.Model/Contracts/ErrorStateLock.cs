using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// What guards a handle's error state (<c>errors: lock:</c>): the library's mutex, reached through
/// <see cref="Mutex"/> and taken with <see cref="Enter"/>/<see cref="Leave"/>, or, when all three are null, a lock
/// the safe layer keeps per handle (<c>lock: handle</c>).
/// </summary>
public sealed record ErrorStateLock(FunctionDecl? Mutex, FunctionDecl? Enter, FunctionDecl? Leave, SourceLocation Location)
{
    /// <summary>True for <c>lock: handle</c>.</summary>
    public bool IsHandleLock => Mutex is null;
}
