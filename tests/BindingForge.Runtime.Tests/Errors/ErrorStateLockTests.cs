namespace BindingForge.Runtime.Tests.Errors;

/// <summary>
/// <see cref="ErrorStateLock"/>: the native form enters and leaves through the functions it is given, exactly once
/// each, and holds nothing for a NULL mutex; the per-handle form excludes other threads from the same pointer, is
/// reentrant on its own thread, and holds nothing for a NULL handle.
/// </summary>
public sealed unsafe class ErrorStateLockTests
{
    [ThreadStatic]
    private static List<string>? _calls;

    private static void Enter(nint mutex) => _calls!.Add($"enter {mutex}");

    private static void Leave(nint mutex) => _calls!.Add($"leave {mutex}");

    [Fact]
    public void The_native_lock_enters_and_leaves_once_through_the_librarys_functions()
    {
        _calls = [];
        var held = ErrorStateLock.Native(42, &Enter, &Leave);
        var heldWhileOpen = held.IsHeld;
        held.Dispose();

        Assert.True(heldWhileOpen);
        Assert.Equal(["enter 42", "leave 42"], _calls);
    }

    [Fact]
    public void A_null_mutex_or_handle_holds_nothing()
    {
        _calls = [];
        var none = ErrorStateLock.Native(0, &Enter, &Leave);
        none.Dispose();
        var noHandle = ErrorStateLock.ForHandle(0);
        noHandle.Dispose();
        default(ErrorStateLock).Dispose();

        Assert.Empty(_calls);
        Assert.False(none.IsHeld);
        Assert.False(noHandle.IsHeld);
    }

    [Fact]
    public void The_per_handle_lock_excludes_other_threads_and_is_reentrant()
    {
        const nint Handle = 0x1234_5670;
        var outer = ErrorStateLock.ForHandle(Handle);
        var inner = ErrorStateLock.ForHandle(Handle);   // a callback re-entering on the same thread
        var otherEntered = new ManualResetEventSlim();
        var other = new Thread(() =>
        {
            using var taken = ErrorStateLock.ForHandle(Handle);
            otherEntered.Set();
        });
        other.Start();
        var enteredWhileHeld = otherEntered.Wait(200);
        inner.Dispose();
        var enteredWhileOuterHeld = otherEntered.Wait(200);
        outer.Dispose();
        var enteredAfter = otherEntered.Wait(5000);
        other.Join();

        Assert.False(enteredWhileHeld);
        Assert.False(enteredWhileOuterHeld);
        Assert.True(enteredAfter);
    }
}
