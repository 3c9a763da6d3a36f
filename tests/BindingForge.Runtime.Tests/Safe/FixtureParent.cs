using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Safe;

/// <summary>Stand-in for the generated safe class of <c>bf_parent</c>.</summary>
internal sealed class FixtureParent : OwnedHandle
{
    public FixtureParent(ThreadingMode threading = ThreadingMode.FreeThreaded, ThreadingEnforcement enforcement = ThreadingEnforcement.Check)
        : base(threading, enforcement)
    {
    }

    public static FixtureParent Create(ThreadingMode threading = ThreadingMode.FreeThreaded)
    {
        var parent = new FixtureParent(threading);
        parent.AttachOwned(bf_parent_create());
        return parent;
    }

    public int ChildCount
    {
        get
        {
            using var lease = Enter();
            return bf_parent_child_count(lease.Pointer);
        }
    }

    /// <summary><c>returns: { owned: true }</c> with <c>parent: bf_parent</c>: attached inside the parent's lease.</summary>
    public FixtureChild CreateChild(int value, ThreadingMode threading = ThreadingMode.FreeThreaded)
    {
        var child = new FixtureChild(threading);
        using var lease = Enter();
        child.AttachOwned(bf_child_create(lease.Pointer, value), this);
        return child;
    }

    /// <summary><c>returns: { borrowed: true }</c> on a reference-counted type.</summary>
    public FixtureRefObj GetShared()
    {
        var shared = new FixtureRefObj();
        using var lease = Enter();
        shared.AttachBorrowed(bf_parent_get_shared(lease.Pointer), this);
        return shared;
    }

    /// <summary>The same pointer promoted to an owned reference: retain is called.</summary>
    public FixtureRefObj TakeShared()
    {
        var shared = new FixtureRefObj();
        using var lease = Enter();
        shared.AttachRetained(bf_parent_get_shared(lease.Pointer));
        return shared;
    }

    protected override void Free(nint pointer) => bf_parent_destroy(pointer);
}
