namespace BindingForge.Runtime;

/// <summary>
/// How a handle enforces its <see cref="ThreadingMode"/>: the generator's <c>--threading-checks</c> option,
/// passed by generated code as a constant.
/// </summary>
public enum ThreadingEnforcement
{
    /// <summary>
    /// Detect misuse and throw <see cref="InvalidOperationException"/>: a cheap interlocked guard for
    /// <see cref="ThreadingMode.Exclusive"/>, a thread-id comparison for <see cref="ThreadingMode.ThreadAffine"/>, a
    /// reader count for <see cref="ThreadingMode.ReadersWriter"/> (a writer beside readers throws).
    /// The default, and the fastest safe mode: the guard also rules out a concurrent Dispose, so calls skip
    /// SafeHandle's per-call reference counting.
    /// </summary>
    Check,

    /// <summary>
    /// Serialise calls on an <see cref="ThreadingMode.Exclusive"/> handle with a lock; on a
    /// <see cref="ThreadingMode.ReadersWriter"/> handle readers share it and a writer waits for them. A thread-affine handle
    /// cannot be made correct by locking, so for it this means <see cref="Check"/>.
    /// </summary>
    Lock,

    /// <summary>
    /// No threading checks. Calls still take SafeHandle's reference count, so a concurrent Dispose
    /// can never free the native object under a running call.
    /// </summary>
    None,
}
