namespace BindingForge.Model.Contracts;

/// <summary>Which threads may use a handle (<c>threading:</c>).</summary>
public enum HandleThreading
{
    /// <summary><c>exclusive</c>: any thread, one at a time. The default when the contract says nothing.</summary>
    Exclusive,

    /// <summary><c>free-threaded</c>: the library synchronises itself.</summary>
    FreeThreaded,

    /// <summary><c>thread-affine</c>: only the thread that created the handle.</summary>
    ThreadAffine,

    /// <summary>
    /// <c>readers-writer</c>: any thread; calls marked <c>access: read</c> may run at the same time, every other call
    /// runs alone.
    /// </summary>
    ReadersWriter,
}
