using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Handles;

/// <summary>
/// The runtime's dependents (<c>NativeHandle.Scopes.cs</c>) on the hand-written fixture classes: a borrowed handle ends
/// with its owner, recursively through handles borrowed from borrowed ones; a pool's clear ends its dependents but not
/// the pool; a moved dependent follows its new scope; an owned handle attached in a scope frees nothing once the scope
/// ended it; the epoch check is what refuses, before any native call.
/// </summary>
public sealed class DependentTests : FixtureTest
{
    private const int KindParent = 1;

    [Fact]
    public void A_handle_borrowed_from_a_borrowed_handle_ends_with_the_root()
    {
        int parentsBefore = bf_live_of_kind(KindParent);
        var parent = FixtureParent.Create();
        var child = parent.CreateChild(2);
        var view = child.GetParent();   // depends on the child
        var shared = view.GetShared();  // depends on the view, which now lends in turn
        Assert.Equal(1, shared.RefCount);

        child.Dispose();

        Assert.True(view.IsScopeEnded);
        Assert.True(shared.IsScopeEnded);
        var error = Assert.Throws<ObjectDisposedException>(() => shared.RefCount);
        Assert.Equal(nameof(FixtureParent), error.ObjectName); // its scope, the view, a FixtureParent
        Assert.Contains("ended with its own pool or parent", error.Message);
        Assert.Equal(0, parent.ChildCount); // the parent itself is usable (its child was freed)
        parent.Dispose();
        Assert.Equal(parentsBefore, bf_live_of_kind(KindParent));
        AssertAllFreed();
    }

    [Fact]
    public void Clearing_ends_the_dependents_but_not_the_scope_and_later_dependents_are_valid()
    {
        var parent = FixtureParent.Create();
        var before = parent.GetShared();
        int generation = parent.Generation;
        parent.BeginClear();
        parent.EndClear();
        Assert.NotEqual(generation, parent.Generation); // borrowed views of the scope go stale too
        Assert.Throws<ObjectDisposedException>(() => before.RefCount);
        Assert.Contains("was cleared", Assert.Throws<ObjectDisposedException>(() => before.RefCount).Message);
        Assert.Equal(0, parent.ChildCount); // the scope lives on
        var after = parent.GetShared();
        Assert.Equal(1, after.RefCount);
        parent.Dispose();
        Assert.Throws<ObjectDisposedException>(() => after.RefCount);
        AssertAllFreed();
    }

    [Fact]
    public void A_moved_dependent_follows_its_new_scope()
    {
        var first = FixtureParent.Create();
        var second = FixtureParent.Create();
        var shared = first.GetShared();
        using (var lease = shared.Enter())
            shared.MoveTo(second);
        Assert.Same(second, shared.Scope);
        first.BeginClear();
        Assert.Equal(1, shared.RefCount); // the old scope's clear no longer reaches it
        second.BeginClear();
        Assert.Throws<ObjectDisposedException>(() => shared.RefCount);
        first.Dispose();
        second.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void An_owned_handle_attached_in_a_scope_frees_nothing_once_the_scope_ended_it()
    {
        var pool = FixtureParent.Create();
        var inPool = new FixtureChild();
        nint pointer;
        using (var lease = pool.Enter())
        {
            pointer = bf_child_create(lease.Pointer, 5);
            inPool.AttachOwnedIn(pointer, pool);
        }
        Assert.Equal(5, inPool.Value);
        long frees = bf_total_frees();
        pool.BeginClear();                     // stands for a native clear that destroyed what was made in it
        inPool.Dispose();
        Assert.Equal(frees, bf_total_frees()); // Dispose freed nothing: the scope had ended it
        Assert.Throws<ObjectDisposedException>(() => inPool.Value);
        bf_child_destroy(pointer);             // what the (here only managed) clear stood for
        pool.Dispose();
        AssertAllFreed();
    }
}
