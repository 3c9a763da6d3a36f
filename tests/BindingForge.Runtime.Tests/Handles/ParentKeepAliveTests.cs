using System.Runtime.CompilerServices;
using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Handles;

public sealed class ParentKeepAliveTests : FixtureTest
{
    private const int KindParent = 1;

    [Fact]
    public void Families_finalized_in_the_same_collections_release_parents_last()
    {
        for (int round = 0; round < 5; round++)
        {
            CreateFamilies(parents: 100, childrenEach: 20);
            Settle();
        }

        Assert.Equal(0, bf_order_errors());
        AssertAllFreed();
    }

    [Fact]
    public void Children_that_outlive_their_parent_reference_keep_the_native_parent_alive()
    {
        int parentsBefore = bf_live_of_kind(KindParent);
        var children = CreateChildrenOnly(parents: 50, childrenEach: 4);
        Settle();

        // Every parent handle is unreachable, yet no native parent was freed before its children.
        Assert.Equal(parentsBefore + 50, bf_live_of_kind(KindParent));
        Assert.All(children, child => Assert.True(child.Value >= 0));
        Assert.Equal(0, bf_order_errors());

        GC.KeepAlive(children);
        children.Clear();
        AssertAllFreed();
    }

    [Fact]
    public void Disposing_the_parent_first_frees_its_owned_children_first_then_itself_now()
    {
        int parentsBefore = bf_live_of_kind(KindParent);
        var parent = FixtureParent.Create();
        var first = parent.CreateChild(1);
        var second = parent.CreateChild(2);
        Assert.Same(parent, first.Parent);

        first.Dispose();
        parent.Dispose();
        Assert.Throws<ObjectDisposedException>(() => parent.ChildCount);
        Assert.Equal(parentsBefore, bf_live_of_kind(KindParent)); // not deferred: freed now, after its child
        Assert.True(second.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => second.Value);

        second.Dispose();
        Assert.Null(first.Parent); // released with the child
        AssertAllFreed();
    }

    [Fact]
    public void The_fixture_itself_counts_a_parent_freed_before_its_child()
    {
        nint parent = bf_parent_create();
        nint child = bf_child_create(parent, 1);
        bf_parent_destroy(parent);
        bf_child_destroy(child);

        Assert.Equal(2, bf_order_errors());
        bf_reset_counters();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CreateFamilies(int parents, int childrenEach)
    {
        for (int p = 0; p < parents; p++)
        {
            var parent = FixtureParent.Create();
            for (int c = 0; c < childrenEach; c++)
                _ = parent.CreateChild(c).Value;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<FixtureChild> CreateChildrenOnly(int parents, int childrenEach)
    {
        var children = new List<FixtureChild>();
        for (int p = 0; p < parents; p++)
        {
            var parent = FixtureParent.Create();
            for (int c = 0; c < childrenEach; c++)
                children.Add(parent.CreateChild(c));
        }
        return children;
    }
}
