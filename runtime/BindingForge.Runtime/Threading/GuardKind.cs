namespace BindingForge.Runtime;

/// <summary>
/// How <see cref="NativeHandle.Enter"/> protects a call, computed once from the handle's
/// <see cref="ThreadingMode"/> and <see cref="ThreadingEnforcement"/>.
/// </summary>
internal enum GuardKind : byte
{
    /// <summary>SafeHandle's DangerousAddRef/DangerousRelease around each call (free-threaded, or checks off).</summary>
    Counted,

    /// <summary>An interlocked owner-thread flag; concurrent entry from another thread throws.</summary>
    ExclusiveCheck,

    /// <summary>A <see cref="System.Threading.Lock"/> held for the duration of each call.</summary>
    ExclusiveLock,

    /// <summary>A thread-id comparison with the creating thread.</summary>
    ThreadAffineCheck,

    /// <summary>Readers-writer, check: a reader count or a writer mark; a writer beside readers (or another writer) throws.</summary>
    ReadersWriterCheck,

    /// <summary>Readers-writer, lock: the same word; a conflicting caller waits instead of throwing.</summary>
    ReadersWriterLock,

    /// <summary>A lease only: one of the readers of a readers-writer handle.</summary>
    Reader,

    /// <summary>A lease only: the writer of a readers-writer handle.</summary>
    Writer,
}
