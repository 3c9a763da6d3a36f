using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Handles;

/// <summary>The entries generated code calls when it knows the handle's threading mode statically.</summary>
public sealed class SpecializedEntryTests : FixtureTest
{
    public static TheoryData<ThreadingMode, ThreadingEnforcement, string> Matching => new()
    {
        { ThreadingMode.FreeThreaded, ThreadingEnforcement.Check, nameof(NativeHandle.EnterCounted) },
        { ThreadingMode.Exclusive, ThreadingEnforcement.None, nameof(NativeHandle.EnterCounted) },
        { ThreadingMode.Exclusive, ThreadingEnforcement.Check, nameof(NativeHandle.EnterExclusive) },
        { ThreadingMode.Exclusive, ThreadingEnforcement.Lock, nameof(NativeHandle.EnterLocked) },
        { ThreadingMode.ThreadAffine, ThreadingEnforcement.Check, nameof(NativeHandle.EnterThreadAffine) },
        { ThreadingMode.ThreadAffine, ThreadingEnforcement.Lock, nameof(NativeHandle.EnterThreadAffine) },
    };

    [Theory]
    [MemberData(nameof(Matching))]
    public void The_matching_entry_calls_nests_and_releases(ThreadingMode threading, ThreadingEnforcement enforcement, string entry)
    {
        var obj = FixtureObject.Create(21, threading, enforcement);

        using (var outer = Enter(obj, entry))
        {
            using var inner = Enter(obj, entry); // re-entry on the same thread
            Assert.Equal(21, bf_object_get_value(inner.Pointer));
            Assert.Equal(outer.Pointer, inner.Pointer);
        }

        obj.Dispose(); // would throw if a guard were still held
        Assert.Throws<ObjectDisposedException>(() => Enter(obj, entry).Dispose());
        AssertAllFreed();
    }

    [Theory]
    [InlineData(ThreadingMode.FreeThreaded, ThreadingEnforcement.Check, nameof(NativeHandle.EnterExclusive))]
    [InlineData(ThreadingMode.Exclusive, ThreadingEnforcement.Check, nameof(NativeHandle.EnterCounted))]
    [InlineData(ThreadingMode.Exclusive, ThreadingEnforcement.Check, nameof(NativeHandle.EnterThreadAffine))]
    [InlineData(ThreadingMode.ThreadAffine, ThreadingEnforcement.Check, nameof(NativeHandle.EnterLocked))]
    [InlineData(ThreadingMode.Exclusive, ThreadingEnforcement.Lock, nameof(NativeHandle.EnterExclusive))]
    public void A_mismatched_entry_throws_and_leaves_the_handle_intact(
        ThreadingMode threading, ThreadingEnforcement enforcement, string wrongEntry)
    {
        var obj = FixtureObject.Create(4, threading, enforcement);

        var error = Assert.Throws<InvalidOperationException>(() => Enter(obj, wrongEntry).Dispose());
        Assert.Contains("disagree", error.Message);

        Assert.Equal(4, obj.Value);
        obj.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void The_thread_affine_entry_refuses_other_threads()
    {
        using var obj = FixtureObject.Create(1, ThreadingMode.ThreadAffine);
        Exception? caught = null;
        var thread = new Thread(() =>
        {
            try
            {
                obj.EnterThreadAffine().Dispose();
            }
            catch (Exception exception)
            {
                caught = exception;
            }
        });
        thread.Start();
        thread.Join();

        Assert.IsType<InvalidOperationException>(caught);
        obj.EnterThreadAffine().Dispose();
    }

    private static HandleLease Enter(NativeHandle handle, string entry) => entry switch
    {
        nameof(NativeHandle.EnterCounted) => handle.EnterCounted(),
        nameof(NativeHandle.EnterExclusive) => handle.EnterExclusive(),
        nameof(NativeHandle.EnterLocked) => handle.EnterLocked(),
        nameof(NativeHandle.EnterThreadAffine) => handle.EnterThreadAffine(),
        _ => throw new ArgumentOutOfRangeException(nameof(entry)),
    };
}
