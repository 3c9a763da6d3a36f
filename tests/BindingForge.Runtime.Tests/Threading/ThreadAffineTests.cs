using System.Runtime.CompilerServices;
using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Threading;

public sealed class ThreadAffineTests : FixtureTest
{
    private const int KindAffine = 4;

    [Fact]
    public void Use_and_Dispose_from_another_thread_throw_and_never_reach_native_code()
    {
        var obj = FixtureAffine.Create(releaseOn: ReleaseThread.Any);
        Assert.Equal(1, obj.Use());

        var useError = OnOtherThread(() => obj.Use());
        var disposeError = OnOtherThread(() =>
        {
            obj.Dispose();
            return 0;
        });

        Assert.IsType<InvalidOperationException>(useError);
        Assert.Contains("thread-affine", useError!.Message);
        Assert.IsType<InvalidOperationException>(disposeError);
        Assert.Equal(2, obj.Use());
        obj.Dispose();
        AssertAllFreed(); // includes bf_thread_errors() == 0
    }

    [Fact]
    public void A_finalized_creating_thread_handle_is_queued_and_drained_on_its_thread()
    {
        using var owner = new DedicatedThread();
        int affineBefore = bf_live_of_kind(KindAffine);
        var queue = owner.Run(() => PendingReleaseQueue.ForCurrentThread);

        owner.Run(CreateAndDropAffine);
        Settle();

        Assert.Equal(affineBefore + 1, bf_live_of_kind(KindAffine)); // the finalizer did not free it
        Assert.Equal(1, queue.Count);
        Assert.Throws<InvalidOperationException>(() => queue.Drain()); // wrong thread

        Assert.Equal(1, owner.Run(NativeHandle.DrainPendingReleases));
        Assert.Equal(affineBefore, bf_live_of_kind(KindAffine));
        AssertAllFreed(); // no thread errors: released on its creating thread
    }

    [Fact]
    public void The_next_use_of_a_handle_on_the_owning_thread_drains_the_queue()
    {
        using var owner = new DedicatedThread();
        var keeper = owner.Run(() => FixtureAffine.Create());
        owner.Run(CreateAndDropAffine);
        owner.Run(CreateAndDropAffine);
        Settle();
        var queue = owner.Run(() => PendingReleaseQueue.ForCurrentThread);
        Assert.Equal(2, queue.Count);

        owner.Run(keeper.Use);

        Assert.Equal(0, queue.Count);
        owner.Run(() =>
        {
            keeper.Dispose();
            return 0;
        });
        AssertAllFreed();
    }

    [Fact]
    public void Without_the_queue_a_finalizer_release_would_be_a_thread_error()
    {
        // The counter-proof: release_on: any lets the finalizer thread free it, and the fixture notices.
        using var owner = new DedicatedThread();
        owner.Run(() => CreateAndDropAffine(ReleaseThread.Any));
        Settle();

        Assert.Equal(1, bf_thread_errors());
        bf_reset_counters();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CreateAndDropAffine() => CreateAndDropAffine(ReleaseThread.CreatingThread);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CreateAndDropAffine(ReleaseThread releaseOn) => FixtureAffine.Create(releaseOn: releaseOn).Use();

    private static Exception? OnOtherThread(Func<int> action) => OtherThread.Catch(() => action());
}
