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
}
