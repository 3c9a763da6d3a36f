namespace BindingForge.Generator.Safe.Ownership;

/// <summary>What kind of value an ownership fact is about.</summary>
internal enum ValueKind
{
    /// <summary>A pointer to a <c>handles:</c> type.</summary>
    Handle,

    /// <summary>Text (<c>string:</c>).</summary>
    String,

    /// <summary>A buffer with a length (<c>array:</c>, or a return with <c>length:</c>).</summary>
    Buffer,
}

/// <summary>What the contract says about who owns the value.</summary>
internal enum OwnershipFact
{
    /// <summary>No fact.</summary>
    None,

    /// <summary><c>owned</c> / <c>out: owned</c>: the caller must free it.</summary>
    Owned,

    /// <summary><c>borrowed</c> / <c>out: borrowed</c>: the caller must not free it.</summary>
    Borrowed,

    /// <summary><c>consumed: true</c>: the callee takes the caller's ownership.</summary>
    Consumed,
}

/// <summary>Which way the value crosses the call.</summary>
internal enum Direction
{
    In,
    Out,
    Return,
}

/// <summary>What the safe layer does with the value.</summary>
internal enum OwnershipAction
{
    /// <summary>Pass a handle's pointer under a lease (<c>using var lease = handle.EnterExclusive();</c>).</summary>
    Lease,

    /// <summary>Lease, then <c>MarkConsumed()</c> after the call: the handle is never freed again.</summary>
    LeaseThenConsume,

    /// <summary>Marshal text or a span in for the duration of the call (UTF-8 buffer, pin).</summary>
    PassIn,

    /// <summary>A new handle object that owns the pointer (<c>AttachOwned</c>), allocated before the call.</summary>
    AttachOwned,

    /// <summary>A new handle object that never frees the pointer and keeps its owner alive (<c>AttachBorrowed</c>).</summary>
    AttachBorrowed,

    /// <summary>Copy the value into managed memory before anything can invalidate it.</summary>
    Copy,

    /// <summary>Copy, then free the native value with the contract's free function.</summary>
    CopyThenFree,

    /// <summary>A checked zero-copy view (<c>BorrowedSpan&lt;T&gt;</c>) that detects invalidating calls.</summary>
    BorrowedView,

    /// <summary>The contract states no ownership: the value is thin-only (BF3501).</summary>
    MissingFact,

    /// <summary>A combination the safe style does not implement (BF3502).</summary>
    Unsupported,
}

/// <summary>
/// Ownership x direction, decided in one place. Every strategy that moves a handle, text or a buffer across a call
/// asks this table what to do; a combination it does not list is a coded diagnostic, never a guess.
/// </summary>
internal static class OwnershipTable
{
    public static OwnershipAction Decide(ValueKind kind, OwnershipFact ownership, Direction direction) => (kind, ownership, direction) switch
    {
        (ValueKind.Handle, OwnershipFact.None or OwnershipFact.Borrowed, Direction.In) => OwnershipAction.Lease,
        (ValueKind.Handle, OwnershipFact.Consumed, Direction.In) => OwnershipAction.LeaseThenConsume,
        (ValueKind.Handle, OwnershipFact.Owned, Direction.Out or Direction.Return) => OwnershipAction.AttachOwned,
        (ValueKind.Handle, OwnershipFact.Borrowed, Direction.Out or Direction.Return) => OwnershipAction.AttachBorrowed,
        (ValueKind.String or ValueKind.Buffer, OwnershipFact.None, Direction.In) => OwnershipAction.PassIn,
        (ValueKind.String, OwnershipFact.Owned, Direction.Out or Direction.Return) => OwnershipAction.CopyThenFree,
        (ValueKind.String, OwnershipFact.Borrowed, Direction.Out or Direction.Return) => OwnershipAction.Copy,
        (ValueKind.Buffer, OwnershipFact.Owned, Direction.Return) => OwnershipAction.CopyThenFree,
        (ValueKind.Buffer, OwnershipFact.Borrowed, Direction.Return) => OwnershipAction.BorrowedView,
        (_, OwnershipFact.None, Direction.Out or Direction.Return) => OwnershipAction.MissingFact,
        _ => OwnershipAction.Unsupported,
    };
}
