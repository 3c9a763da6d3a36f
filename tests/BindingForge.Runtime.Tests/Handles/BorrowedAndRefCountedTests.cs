using System.Runtime.CompilerServices;
using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Handles;

public sealed class BorrowedAndRefCountedTests : FixtureTest
{
    private const int KindParent = 1;
    private const int KindRefObj = 3;

    [Fact]
    public void A_borrowed_handle_is_never_freed_and_never_delays_its_owners_Dispose()
    {
        int parentsBefore = bf_live_of_kind(KindParent);
        var parent = FixtureParent.Create();
        var child = parent.CreateChild(5);
        var borrowed = child.GetParent();

        Assert.False(borrowed.IsOwned);
        Assert.Equal(1, borrowed.ChildCount);
        borrowed.Dispose();
        Assert.Equal(1, parent.ChildCount); // disposing the borrowed view freed nothing

        var again = child.GetParent();
        child.Dispose(); // the borrowed view does not hold the child back: it is freed now
        Assert.Equal(0, parent.ChildCount);
        var error = Assert.Throws<ObjectDisposedException>(() => again.ChildCount);
        Assert.Equal(nameof(FixtureChild), error.ObjectName); // names the handle it was borrowed from
        Assert.Contains("FixtureChild", error.Message);

        parent.Dispose();
        Assert.Equal(parentsBefore, bf_live_of_kind(KindParent));
        again.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void Dropped_borrowed_handles_are_never_freed_under_gc_pressure()
    {
        using var parent = FixtureParent.Create();
        using var child = parent.CreateChild(1);
        BorrowMany(child, 500);
        Settle();

        Assert.Equal(1, parent.ChildCount);
        child.Dispose();
        parent.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void Promoting_a_borrowed_pointer_calls_retain_and_outlives_the_lender()
    {
        int refobjsBefore = bf_live_of_kind(KindRefObj);
        var parent = FixtureParent.Create();
        var borrowed = parent.GetShared();
        Assert.Equal(1, borrowed.RefCount);

        var owned = parent.TakeShared();
        Assert.Equal(2, owned.RefCount);
        borrowed.Dispose();
        Assert.Equal(2, owned.RefCount); // a borrowed handle never unrefs

        parent.Dispose();
        Assert.Equal(1, owned.RefCount);
        Assert.Equal(refobjsBefore + 1, bf_live_of_kind(KindRefObj));

        owned.Dispose();
        Assert.Equal(refobjsBefore, bf_live_of_kind(KindRefObj));
        AssertAllFreed();
    }

    [Fact]
    public void Clone_takes_a_new_reference_and_each_copy_releases_its_own()
    {
        var original = FixtureRefObj.Create(9);
        var copy = original.Clone();
        Assert.Equal(2, original.RefCount);

        original.Dispose();
        Assert.Equal(1, copy.RefCount);
        Assert.Throws<ObjectDisposedException>(() => original.Clone());

        DropClones(copy, 50);
        Settle();
        Assert.Equal(1, copy.RefCount);
        copy.Dispose();
        AssertAllFreed();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BorrowMany(FixtureChild child, int count)
    {
        for (int i = 0; i < count; i++)
            _ = child.GetParent().ChildCount;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DropClones(FixtureRefObj source, int count)
    {
        for (int i = 0; i < count; i++)
            _ = source.Clone().RefCount;
    }
}
