using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Handles;

/// <summary>
/// <see cref="NativeHandle.EnterExclusiveNoCallbacks"/>: the exclusive guard without the thread's identity, for calls the
/// contract says run no callback. It must refuse everything <see cref="NativeHandle.EnterExclusive"/> refuses, and
/// turn a callback that re-enters anyway (a wrong contract) into an exception rather than unguarded use.
/// </summary>
public sealed class NoCallbacksEntryTests : FixtureTest
{
    [Fact]
    public void It_calls_and_releases_so_the_handle_can_be_disposed()
    {
        var obj = FixtureObject.Create(8, ThreadingMode.Exclusive);

        using (var lease = obj.EnterExclusiveNoCallbacks())
            Assert.Equal(8, bf_object_get_value(lease.Pointer));

        obj.Dispose(); // would throw if the guard were still held
        Assert.Throws<ObjectDisposedException>(() => obj.EnterExclusiveNoCallbacks().Dispose());
        AssertAllFreed();
    }

    [Fact]
    public void Another_thread_is_refused_while_an_unnamed_call_is_inside()
    {
        using var obj = FixtureObject.Create(1, ThreadingMode.Exclusive);
        using var lease = obj.EnterExclusiveNoCallbacks();

        var named = OtherThread.Catch(() => obj.EnterExclusive().Dispose());
        var unnamed = OtherThread.Catch(() => obj.EnterExclusiveNoCallbacks().Dispose());
        var dispose = OtherThread.Catch(obj.Dispose);

        Assert.Contains("another call", Assert.IsType<InvalidOperationException>(named).Message);
        Assert.IsType<InvalidOperationException>(unnamed);
        Assert.IsType<InvalidOperationException>(dispose);
        Assert.False(obj.IsDisposed);
    }

    [Fact]
    public void Reentry_through_an_unnamed_call_is_refused_because_it_cannot_be_told_from_another_thread()
    {
        using var obj = FixtureObject.Create(1, ThreadingMode.Exclusive);
        using (obj.EnterExclusiveNoCallbacks())
        {
            var error = Assert.Throws<InvalidOperationException>(() => obj.EnterExclusiveNoCallbacks().Dispose());
            Assert.Contains("leaf or no_callbacks", error.Message);
        }

        obj.EnterExclusiveNoCallbacks().Dispose(); // the refused entry left the guard as it was
    }

    [Fact]
    public void A_callback_inside_a_named_call_may_make_unnamed_calls_on_the_same_handle()
    {
        var obj = FixtureObject.Create(5, ThreadingMode.Exclusive);
        using (var outer = obj.EnterExclusive()) // a call that may call back records its thread
        {
            using var inner = obj.EnterExclusiveNoCallbacks(); // what a callback's bind/column call does
            Assert.Equal(5, bf_object_get_value(inner.Pointer));
        }

        obj.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void Another_thread_is_refused_while_a_named_call_is_inside()
    {
        using var obj = FixtureObject.Create(1, ThreadingMode.Exclusive);
        using var lease = obj.EnterExclusive();

        Assert.IsType<InvalidOperationException>(OtherThread.Catch(() => obj.EnterExclusiveNoCallbacks().Dispose()));
    }

    [Fact]
    public void It_refuses_handles_of_other_threading_modes()
    {
        using var obj = FixtureObject.Create(1, ThreadingMode.FreeThreaded);
        Assert.Contains("disagree", Assert.Throws<InvalidOperationException>(() => obj.EnterExclusiveNoCallbacks().Dispose()).Message);
    }
}
