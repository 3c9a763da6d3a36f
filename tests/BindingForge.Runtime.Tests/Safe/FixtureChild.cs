using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Safe;

/// <summary>Stand-in for the generated safe class of <c>bf_child</c> (<c>parent: bf_parent</c>).</summary>
internal sealed class FixtureChild(ThreadingMode threading = ThreadingMode.FreeThreaded) : OwnedHandle(threading)
{
    public int Value
    {
        get
        {
            using var lease = Enter();
            return bf_child_get_value(lease.Pointer);
        }
    }

    /// <summary><c>returns: { borrowed: true }</c>: a parent handle that never frees, keeping this child alive.</summary>
    public FixtureParent GetParent()
    {
        var parent = new FixtureParent();
        using var lease = Enter();
        parent.AttachBorrowed(bf_child_get_parent(lease.Pointer), this);
        return parent;
    }

    protected override void Free(nint pointer) => bf_child_destroy(pointer);
}
