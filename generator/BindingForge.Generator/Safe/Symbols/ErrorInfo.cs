using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Symbols;

/// <summary>
/// An error domain as the safe layer throws it: the exception class, and the factory method of the
/// <c>{Class}Errors</c> class that builds it with the library's message.
/// </summary>
/// <param name="Factory">The factory's name in the errors class (<c>SqliteRc</c>).</param>
/// <param name="MessageHandle">For a message function that takes a handle: that handle's C type key.</param>
/// <param name="MessageCall">The thin call of the message function, when it can be called.</param>
internal sealed record ErrorInfo(BoundErrorDomain Bound, string ExceptionName, string Factory, string? MessageHandle, string? MessageCall)
{
    /// <summary>True when the factory takes a handle pointer to ask for the message.</summary>
    public bool NeedsHandle => Bound.MessageSource == ErrorMessageSource.Handle && MessageCall is not null;

    /// <summary>The error state's calls as the safe layer makes them (code, code text, lock), when bound.</summary>
    public ErrorStateCalls State { get; init; } = ErrorStateCalls.None;

    /// <summary>The errors class member that takes the error-state lock for a handle pointer (<c>LockSqliteRc</c>),
    /// when calls must take it: the handle is free-threaded and the lock's functions are bound.</summary>
    public string? LockFactory => State.Lock is not null ? "Lock" + Factory : null;

    /// <summary>The errors class member that reads a handle's current code as a <c>long</c> (<c>CodeSqliteRc</c>).</summary>
    public string? CodeReader => State.Code is not null ? "Code" + Factory : null;
}
