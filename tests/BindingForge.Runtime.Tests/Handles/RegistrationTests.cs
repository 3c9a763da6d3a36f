using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;

namespace BindingForge.Runtime.Tests.Handles;

/// <summary>
/// What a handle keeps for native code (<c>NativeHandle.Registrations</c>), on the counting fixture's objects: a kept
/// argument's native release waits for its keeper; a slot set again releases what it held; a reset releases the slots
/// and keeps forever callbacks; a duplicate shares every entry until its last holder lets go; an updated pointer ends
/// what was borrowed from the old one; nothing leaks in any order.
/// </summary>
public sealed class RegistrationTests : FixtureTest
{
    [Fact]
    public void A_kept_argument_is_freed_natively_when_its_keeper_lets_it_go_not_at_its_Dispose()
    {
        var keeper = FixtureObject.Create(1);
        var kept = FixtureObject.Create(2);
        keeper.KeepArgument("slot", kept);
        kept.Dispose();
        Settle();
        Assert.Equal(2, LiveDelta);
        Assert.Throws<ObjectDisposedException>(() => kept.Value);

        keeper.KeepArgument("slot", null);
        Assert.Equal(1, LiveDelta);
        keeper.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void A_reset_releases_slots_and_keeps_forever_callbacks()
    {
        var keeper = FixtureObject.Create(1);
        keeper.SetCallback(v => v + 1); // forever
        keeper.AttachHandleCallback("cb", CallbackCookie.Alloc(new object(), CallbackScope.Handle));
        keeper.AttachHandleCallback("cb", CallbackCookie.Alloc(new object(), CallbackScope.Handle)); // replaces
        Assert.Equal(BaselineCallbacks + 2, CallbackRegistry.LiveCount);
        Assert.Equal(2, keeper.RegistrationCount);

        keeper.ReleaseRegistrations();
        Assert.Equal(BaselineCallbacks + 1, CallbackRegistry.LiveCount);
        Assert.Equal(1, keeper.AttachedCallbackCount);
        Assert.Equal(6, keeper.Fire(5));
        keeper.Dispose();
        AssertAllFreed();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_duplicate_shares_every_entry_until_the_last_holder_lets_go(bool originalFirst)
    {
        var original = FixtureObject.Create(1);
        var kept = FixtureObject.Create(2);
        original.SetCallback(v => v + 1);
        original.KeepArgument("slot", kept);
        kept.Dispose();
        var duplicate = FixtureObject.Create(3);
        duplicate.ShareRegistrationsOf(original);
        Assert.Equal(2, duplicate.RegistrationCount);

        (originalFirst ? original : duplicate).Dispose();
        Settle();
        Assert.Equal(BaselineCallbacks + 1, CallbackRegistry.LiveCount);
        Assert.Equal(2, LiveDelta); // the survivor and the kept argument
        (originalFirst ? duplicate : original).Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void Abandoned_keepers_and_duplicates_release_everything_once_through_the_finalizer()
    {
        Abandon(200);
        Settle();
        AssertAllFreed();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Abandon(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var keeper = FixtureObject.Create(i);
            keeper.SetCallback(v => v);
            keeper.KeepArgument("slot", FixtureObject.Create(-i));
            keeper.AttachHandleCallback("cb", CallbackCookie.Alloc(new object(), CallbackScope.Handle));
            var duplicate = FixtureObject.Create(i);
            duplicate.ShareRegistrationsOf(keeper);
            if (i % 2 == 0)
                duplicate.KeepArgument("slot", null);
        }
    }

    [Fact]
    public void A_kept_handle_refuses_to_move_and_an_update_to_null_is_refused()
    {
        using var keeper = FixtureObject.Create(1);
        using var kept = FixtureObject.Create(2);
        keeper.KeepArgument("slot", kept);
        Assert.Throws<InvalidOperationException>(kept.EnsureMovable);
        keeper.KeepArgument("slot", null);
        kept.EnsureMovable();
        Assert.Throws<ArgumentException>(() => kept.UpdatePointer(0));
        Assert.Equal(2, kept.Value);
    }
}
