using System.Collections.Immutable;
using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// A header function with the contract's facts. <see cref="Parameters"/> has one entry per C parameter, in order.
/// </summary>
public sealed record BoundFunction(
    FunctionDecl Decl,
    BoundReturn Return,
    ImmutableArray<BoundParam> Parameters,
    Provenance Provenance)
{
    /// <summary>C# method name (<c>name:</c>), when renamed.</summary>
    public string? Name { get; init; }

    public SkipFact? Skip { get; init; }

    /// <summary>No callbacks and never blocks: the thin style may use SuppressGCTransition (<c>leaf:</c>).</summary>
    public bool Leaf { get; init; }

    /// <summary>
    /// No callback runs during the call, though it may block (<c>no_callbacks:</c>; implied by <see cref="Leaf"/>): the
    /// safe style enters exclusive handles without the re-entry bookkeeping and checks for no callback exception.
    /// </summary>
    public bool NoCallbacks { get; init; }

    /// <summary>True when the contract rules out callbacks during the call: <see cref="Leaf"/> or <see cref="NoCallbacks"/>.</summary>
    public bool CannotCallBack => Leaf || NoCallbacks;

    /// <summary>
    /// Whether the call only reads its handles or may change them (<c>access:</c>): on a <c>readers-writer</c> handle a
    /// read call enters as one of many readers, any other call as the one writer.
    /// </summary>
    public HandleAccess Access { get; init; }

    /// <summary>May block for a long time (<c>blocking:</c>). Never combined with <see cref="Leaf"/>.</summary>
    public bool Blocking { get; init; }

    /// <summary>Capture errno into the exception (<c>errno:</c>).</summary>
    public bool Errno { get; init; }

    /// <summary>Called with the call's handle after a failure, before the exception leaves (<c>recover:</c>).</summary>
    public FunctionDecl? Recover { get; init; }

    /// <summary>The index of the pool parameter the call clears (<c>clears:</c>).</summary>
    public int? ClearsParameter { get; init; }

    /// <summary>The index of the handle parameter whose registrations the call releases (<c>resets:</c>).</summary>
    public int? ResetsParameter { get; init; }

    /// <summary>False when the call must not take its error domain's lock (<c>error_lock: false</c>).</summary>
    public bool TakesErrorLock { get; init; } = true;

    /// <summary>The contract's <c>signature:</c> text, when it gave an unprototyped function its prototype (the
    /// header model's declaration already carries the parameters it states).</summary>
    public string? Signature { get; init; }

    /// <summary>The option values this form of a variadic function is for (<c>options:</c>); null when it takes any.</summary>
    public BoundOptions? Options { get; init; }

    public string CName => Decl.Name;
}
