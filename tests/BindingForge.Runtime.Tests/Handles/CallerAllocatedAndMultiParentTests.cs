using System.Runtime.CompilerServices;
using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Handles;

public sealed class CallerAllocatedAndMultiParentTests : FixtureTest
{
    private const int KindParent = 1;

    [Fact]
    public void A_caller_allocated_struct_is_cleaned_up_exactly_once()
    {
        var accumulator = FixtureAccumulator.Create(10);
        accumulator.Add(5);
        accumulator.Add(7);
        Assert.Equal(22, accumulator.Total);
        Assert.Equal(1, LiveDelta); // the library's internal state

        accumulator.Dispose();
        accumulator.Dispose();

        Assert.Throws<ObjectDisposedException>(() => accumulator.Total);
        AssertAllFreed(); // bf_accumulator_end ran once: no double free, no stale use
    }

    [Fact]
    public void A_failed_init_runs_no_cleanup_and_leaks_nothing()
    {
        Assert.Throws<FixtureException>(() => FixtureAccumulator.Create(-1));

        AssertAllFreed();
    }

    [Fact]
    public void Dropped_accumulators_are_cleaned_up_by_the_finalizer()
    {
        CreateAccumulators(100);
        Settle();

        Assert.Equal(100, bf_total_frees());
        AssertAllFreed();
    }

    [Fact]
    public void A_handle_with_several_parents_is_freed_first_by_whichever_parent_is_disposed_first()
    {
        int parentsBefore = bf_live_of_kind(KindParent);
        var first = FixtureParent.Create();
        var second = FixtureParent.Create();
        var child = new FixtureChild();
        using (var lease = first.Enter())
            child.AttachOwned(bf_child_create(lease.Pointer, 1), first, second);

        Assert.Equal(1, child.Value);
        first.Dispose(); // frees its owned child first, then itself, now
        Assert.True(child.IsDisposed);
        Assert.Equal(parentsBefore + 1, bf_live_of_kind(KindParent));
        Assert.Throws<ObjectDisposedException>(() => child.Value);
        second.Dispose();
        child.Dispose();
        Assert.Equal(parentsBefore, bf_live_of_kind(KindParent));
        AssertAllFreed();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CreateAccumulators(int count)
    {
        for (int i = 0; i < count; i++)
            FixtureAccumulator.Create(i).Add(1);
    }
}
