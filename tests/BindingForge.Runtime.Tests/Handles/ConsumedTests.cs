using System.Runtime.CompilerServices;
using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Handles;

public sealed class ConsumedTests : FixtureTest
{
    [Theory]
    [InlineData(ThreadingMode.FreeThreaded, ThreadingEnforcement.Check)]
    [InlineData(ThreadingMode.Exclusive, ThreadingEnforcement.Check)]
    [InlineData(ThreadingMode.Exclusive, ThreadingEnforcement.Lock)]
    [InlineData(ThreadingMode.ThreadAffine, ThreadingEnforcement.Check)]
    public void A_consumed_handle_is_never_freed_again(ThreadingMode threading, ThreadingEnforcement enforcement)
    {
        var obj = FixtureObject.Create(11, threading, enforcement);

        Assert.Equal(11, obj.Consume());
        Assert.True(obj.IsConsumed);
        Assert.Throws<ObjectDisposedException>(() => obj.Value);
        obj.Dispose();

        Assert.Equal(1, bf_total_frees()); // the native consume freed it; nothing else did
        AssertAllFreed();
    }

    [Fact]
    public void Consumed_handles_dropped_without_Dispose_are_never_freed_by_the_finalizer()
    {
        ConsumeMany(200);
        Settle();

        Assert.Equal(200, bf_total_frees());
        AssertAllFreed();
    }

    [Fact]
    public void MarkConsumed_outside_a_lease_closes_without_freeing()
    {
        var obj = FixtureObject.Create(3, ThreadingMode.Exclusive);
        nint raw = obj.DangerousGetHandle();

        obj.MarkConsumed();
        Assert.Throws<ObjectDisposedException>(() => obj.Value);
        Assert.Equal(0, bf_total_frees());

        bf_object_destroy(raw); // the "native side" that took ownership frees it
        AssertAllFreed();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ConsumeMany(int count)
    {
        for (int i = 0; i < count; i++)
            FixtureObject.Create(i).Consume();
    }
}
