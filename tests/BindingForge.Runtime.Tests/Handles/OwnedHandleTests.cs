using System.Runtime.CompilerServices;
using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Handles;

public sealed class OwnedHandleTests : FixtureTest
{
    [Fact]
    public void Dispose_frees_exactly_once_even_when_called_twice()
    {
        var obj = FixtureObject.Create(42);
        Assert.Equal(42, obj.Value);
        Assert.Equal(1, LiveDelta);

        obj.Dispose();
        obj.Dispose();

        Assert.Equal(0, LiveDelta);
        Assert.Equal(1, bf_total_frees());
        AssertAllFreed();
    }

    [Fact]
    public void Finalizer_frees_a_dropped_handle_exactly_once()
    {
        CreateAndDrop(100);
        Settle();

        Assert.Equal(0, LiveDelta);
        Assert.Equal(100, bf_total_frees());
        AssertAllFreed();
    }

    [Theory]
    [InlineData(ThreadingMode.FreeThreaded, ThreadingEnforcement.Check)]
    [InlineData(ThreadingMode.Exclusive, ThreadingEnforcement.Check)]
    [InlineData(ThreadingMode.Exclusive, ThreadingEnforcement.Lock)]
    [InlineData(ThreadingMode.ThreadAffine, ThreadingEnforcement.Check)]
    [InlineData(ThreadingMode.Exclusive, ThreadingEnforcement.None)]
    public void Use_after_Dispose_throws_ObjectDisposedException_and_never_reaches_native_code(
        ThreadingMode threading, ThreadingEnforcement enforcement)
    {
        var obj = FixtureObject.Create(1, threading, enforcement);
        obj.Dispose();

        Assert.Throws<ObjectDisposedException>(() => obj.Value);
        Assert.Throws<ObjectDisposedException>(() => obj.Describe());
        Assert.True(obj.IsDisposed);
        AssertAllFreed(); // bf_stale_uses stays 0: no call reached the freed object
    }

    [Fact]
    public void An_unattached_handle_throws_InvalidOperationException_and_frees_nothing()
    {
        var obj = new FixtureObject();

        var error = Assert.Throws<InvalidOperationException>(() => obj.Value);
        Assert.Contains("does not hold a native pointer", error.Message);
        obj.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void Attaching_twice_is_refused()
    {
        using var obj = FixtureObject.Create(1);
        nint other = bf_object_create(2);

        Assert.Throws<InvalidOperationException>(() => obj.AttachOwned(other));
        bf_object_destroy(other);
        obj.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void A_failed_out_param_factory_throws_and_leaks_nothing()
    {
        var error = Assert.Throws<FixtureException>(() => FixtureObject.CreateChecked(-1));

        Assert.Equal(1, error.Code);
        Assert.Contains("must not be negative", error.NativeMessage);
        using (var ok = FixtureObject.CreateChecked(3))
            Assert.Equal(3, ok.Value);
        AssertAllFreed();
    }

    [Fact]
    public void The_fixture_itself_counts_a_real_double_free()
    {
        // Proves the counters can fail the other tests: free one object twice by hand.
        nint raw = bf_object_create(1);
        bf_object_destroy(raw);
        bf_object_destroy(raw);

        Assert.Equal(1, bf_double_frees());
        bf_reset_counters();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CreateAndDrop(int count)
    {
        for (int i = 0; i < count; i++)
            _ = FixtureObject.Create(i).Value;
    }
}
