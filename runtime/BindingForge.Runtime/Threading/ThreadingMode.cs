namespace BindingForge.Runtime;

/// <summary>
/// Which threads may use a handle: the contract's <c>threading:</c> fact, fixed per handle class.
/// </summary>
public enum ThreadingMode
{
    /// <summary><c>free-threaded</c>: the library synchronises itself; calls are never checked or serialised.</summary>
    FreeThreaded,

    /// <summary><c>exclusive</c>: any thread, one at a time.</summary>
    Exclusive,

    /// <summary><c>thread-affine</c>: only the thread that created the handle.</summary>
    ThreadAffine,

    /// <summary>
    /// <c>readers-writer</c>: any thread; calls that only read (<see cref="NativeHandle.EnterReader"/>) may run at the
    /// same time, a call that changes the handle (<see cref="NativeHandle.EnterWriter"/>) runs alone.
    /// </summary>
    ReadersWriter,
}
