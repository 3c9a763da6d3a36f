using System.Runtime.InteropServices;
using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Handles;

/// <summary>
/// The runtime pieces the safe emitter added: a handle with several parents (<c>parent: [a, b]</c>), the default
/// lease of a nullable handle argument, and the base of caller-allocated structs.
/// </summary>
public sealed unsafe class SafeEmitterBasesTests : FixtureTest
{
    private const int KindParent = 1;

    [Fact]
    public void A_handle_with_two_parents_is_freed_first_when_either_parent_is_disposed()
    {
        int parentsBefore = bf_live_of_kind(KindParent);
        var first = FixtureParent.Create();
        var second = FixtureParent.Create();
        var child = new FixtureChild();
        using (var lease = first.Enter())
            child.AttachOwned(bf_child_create(lease.Pointer, 1), first, second);
        Assert.Null(child.Parent);

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

    [Fact]
    public void Attaching_to_a_disposed_second_parent_throws_and_releases_the_first()
    {
        var first = FixtureParent.Create();
        var second = FixtureParent.Create();
        second.Dispose();
        var child = new FixtureChild();
        nint pointer;
        using (var lease = first.Enter())
            pointer = bf_child_create(lease.Pointer, 1);
        Assert.Throws<ObjectDisposedException>(() => child.AttachOwned(pointer, first, second));
        bf_child_destroy(pointer);
        first.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void The_default_lease_holds_nothing_and_disposes_quietly()
    {
        HandleLease lease = default;
        Assert.Equal(0, lease.Pointer);
        lease.Dispose();
    }

    [Fact]
    public void A_caller_allocated_struct_runs_the_cleanup_of_its_init_exactly_once_then_frees_its_memory()
    {
        var stream = new CountingStruct();
        nint memory = CallerAllocatedHandle.AllocateZeroed(64, 16);
        Assert.True(new ReadOnlySpan<byte>((void*)memory, 64).IndexOfAnyExcept((byte)0) < 0);
        Assert.Equal(0, memory % 16);
        stream.AttachInitialized(memory, init: 2);
        Assert.Throws<InvalidOperationException>(() => stream.AttachInitialized(memory, init: 1));

        stream.Dispose();
        stream.Dispose();
        Assert.Equal([(memory, 2)], stream.Cleanups);
    }

    private sealed class CountingStruct() : CallerAllocatedHandle(ThreadingMode.Exclusive)
    {
        public List<(nint Pointer, int Init)> Cleanups { get; } = [];

        protected override void Cleanup(nint pointer, int init) => Cleanups.Add((pointer, init));
    }
}
