using System.Runtime.CompilerServices;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Support;

/// <summary>
/// Base of tests that run against the counting fixture: settles the finalizer queue, resets the error counters
/// and records the live counts, so each test can assert that it freed exactly what it created.
/// </summary>
public abstract class FixtureTest
{
    protected FixtureTest()
    {
        Settle();
        NativeHandle.DrainPendingReleases();
        bf_reset_counters();
        BaselineLive = bf_live_objects();
        BaselineCallbacks = CallbackRegistry.LiveCount;
    }

    /// <summary>Live fixture allocations when the test started.</summary>
    protected int BaselineLive { get; }

    /// <summary>Live callback registrations when the test started.</summary>
    protected int BaselineCallbacks { get; }

    /// <summary>Live allocations created since the test started.</summary>
    protected int LiveDelta => bf_live_objects() - BaselineLive;

    /// <summary>Collects and runs finalizers until nothing more is pending.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    protected static void Settle()
    {
        for (int i = 0; i < 4; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    /// <summary>Asserts that the fixture recorded no misuse of any kind.</summary>
    protected static void AssertNoNativeErrors()
    {
        Assert.Equal(0, bf_double_frees());
        Assert.Equal(0, bf_bad_frees());
        Assert.Equal(0, bf_order_errors());
        Assert.Equal(0, bf_thread_errors());
        Assert.Equal(0, bf_concurrency_errors());
        Assert.Equal(0, bf_stale_uses());
        Assert.Equal(0, bf_null_errors());
    }

    /// <summary>Settles, then asserts everything created since the start was freed exactly once.</summary>
    protected void AssertAllFreed()
    {
        Settle();
        Assert.Equal(0, LiveDelta);
        Assert.Equal(BaselineCallbacks, CallbackRegistry.LiveCount);
        AssertNoNativeErrors();
    }
}
