namespace BindingForge.Runtime;

/// <summary>Where a handle's release function must run: the contract's <c>release_on:</c> fact.</summary>
public enum ReleaseThread
{
    /// <summary><c>any</c>: on whichever thread disposes or finalizes the handle.</summary>
    Any,

    /// <summary>
    /// <c>creating-thread</c>: only on the thread that created the handle. A release requested elsewhere
    /// (the finalizer thread, typically) is queued on that thread's <see cref="PendingReleaseQueue"/>.
    /// </summary>
    CreatingThread,
}
