using System.Runtime.CompilerServices;
using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;

namespace BindingForge.Runtime.Tests.Callbacks;

public sealed class CallbackTests : FixtureTest
{
    [Fact]
    public void Call_scope_lives_exactly_as_long_as_the_call_even_under_gc_pressure()
    {
        var seen = new List<int>();
        int liveDuringCall = -1;

        int sum = FixtureCallbacks.CallEach([1, 2, 3, 4], value =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            liveDuringCall = CallbackRegistry.LiveCountOf(CallbackScope.Call);
            seen.Add(value);
            return value * 10;
        });

        Assert.Equal(100, sum);
        Assert.Equal([1, 2, 3, 4], seen);
        Assert.Equal(1, liveDuringCall);
        AssertAllFreed();
    }

    [Fact]
    public void Async_scope_is_freed_by_its_single_invocation()
    {
        var seen = new List<int>();
        for (int i = 0; i < 3; i++)
            FixtureCallbacks.CallLater(v => { seen.Add(v); return 0; }, i);
        Assert.Equal(BaselineCallbacks + 3, CallbackRegistry.LiveCount);

        Settle();
        Assert.Equal(3, FixtureCallbacks.RunPending());

        Assert.Equal([0, 1, 2], seen);
        AssertAllFreed();
    }

    [Fact]
    public void Notified_scope_is_freed_by_the_destroy_notification()
    {
        FixtureCallbacks.Watch(v => v + 1);
        Assert.Equal(1, CallbackRegistry.LiveCountOf(CallbackScope.Notified));
        Assert.Equal(6, FixtureCallbacks.FireWatch(5));

        FixtureCallbacks.Watch(v => v * 2); // the library destroys the first watcher's user data
        Assert.Equal(1, CallbackRegistry.LiveCountOf(CallbackScope.Notified));
        Assert.Equal(10, FixtureCallbacks.FireWatch(5));

        FixtureCallbacks.Unwatch();
        Assert.Equal(-1, FixtureCallbacks.FireWatch(5));
        AssertAllFreed();
    }

    [Fact]
    public void Forever_scope_lives_until_the_handle_is_released()
    {
        var obj = FixtureObject.Create(1);
        obj.SetCallback(v => v + 100);
        obj.SetCallback(v => v + 200);
        Assert.Equal(2, obj.AttachedCallbackCount);
        Settle();

        Assert.Equal(205, obj.Fire(5));
        Assert.Equal(BaselineCallbacks + 2, CallbackRegistry.LiveCount);
        obj.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void Forever_scope_is_freed_when_the_handle_is_finalized()
    {
        CreateWithCallbacks(50);
        Settle();

        AssertAllFreed();
    }

    [Fact]
    public void An_exception_in_a_callback_is_rethrown_after_the_native_call_returns()
    {
        int calls = 0;

        var error = Assert.Throws<CallbackFailure>(() => FixtureCallbacks.CallEach([1, 2, 3], value =>
        {
            calls++;
            return value == 2 ? throw new CallbackFailure() : value;
        }));

        Assert.Equal(2, calls); // the trampoline returned -1 and the C loop stopped
        Assert.Contains(nameof(An_exception_in_a_callback_is_rethrown_after_the_native_call_returns), error.StackTrace);
        Assert.False(CallbackExceptionSlot.HasCaptured);
        AssertAllFreed();
    }

    [Fact]
    public void An_exception_in_an_async_callback_surfaces_from_the_call_that_ran_it()
    {
        FixtureCallbacks.CallLater(_ => throw new CallbackFailure(), 1);

        Assert.Throws<CallbackFailure>(() => FixtureCallbacks.RunPending());
        AssertAllFreed();
    }

    [Fact]
    public void Freeing_a_registration_twice_throws()
    {
        var cookie = CallbackCookie.Alloc(new object(), CallbackScope.Call);
        cookie.Free();

        Assert.Throws<InvalidOperationException>(() => cookie.Free());
        Assert.Throws<InvalidOperationException>(() => CallbackRegistry.Get<object>(0));
        AssertAllFreed();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CreateWithCallbacks(int count)
    {
        for (int i = 0; i < count; i++)
        {
            var obj = FixtureObject.Create(i);
            obj.SetCallback(v => v);
            _ = obj.Fire(i);
        }
    }

    private sealed class CallbackFailure : Exception;
}
