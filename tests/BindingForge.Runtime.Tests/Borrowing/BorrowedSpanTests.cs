using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;

namespace BindingForge.Runtime.Tests.Borrowing;

public sealed class BorrowedSpanTests : FixtureTest
{
    [Fact]
    public void A_view_reads_native_memory_without_copying_until_an_invalidating_call()
    {
        using var obj = FixtureObject.Create(1);
        obj.SetData([1, 2, 3]);
        int generation = obj.Generation;

        var view = obj.Data;
        Assert.True(view.IsValid);
        Assert.Equal(3, view.Length);
        Assert.Equal(2, view[1]);
        Assert.Equal([1, 2, 3], view.ToArray());

        obj.SetData([9]);
        Assert.Equal(generation + 1, obj.Generation);
        Assert.False(view.IsValid);
        Assert.True(Throws<InvalidOperationException>(view, v => _ = v.Span.Length));
        Assert.True(Throws<InvalidOperationException>(view, v => _ = v[0]));
        Assert.True(Throws<InvalidOperationException>(view, v => v.ToArray()));

        Assert.Equal([9], obj.Data.ToArray());
        obj.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void A_view_of_a_disposed_handle_throws_ObjectDisposedException()
    {
        var obj = FixtureObject.Create(1, ThreadingMode.Exclusive);
        obj.SetData([4, 5]);
        var view = obj.Data;

        obj.Dispose();

        Assert.True(Throws<ObjectDisposedException>(view, v => _ = v.Span.Length));
        AssertAllFreed();
    }

    [Fact]
    public void Copies_taken_before_the_invalidating_call_stay_valid()
    {
        using var obj = FixtureObject.Create(1, ThreadingMode.ThreadAffine);
        obj.SetData([7, 7]);
        byte[] copy = obj.Data.ToArray();
        obj.Name = "first";
        string? name = obj.Name;

        obj.SetData([1]);
        obj.Name = "second";

        Assert.Equal([7, 7], copy);
        Assert.Equal("first", name);
        Assert.Equal("second", obj.Name);
    }

    [Fact]
    public void With_checks_off_the_generation_is_not_checked()
    {
        using var obj = FixtureObject.Create(1, ThreadingMode.Exclusive, ThreadingEnforcement.None);
        obj.SetData([1]);
        var view = obj.Data;
        obj.InvalidateBorrows();

        Assert.True(view.IsValid);
    }

    [Fact]
    public void An_empty_view_reads_as_empty()
    {
        using var obj = FixtureObject.Create(1);
        var view = obj.Data;

        Assert.True(view.IsEmpty);
        Assert.Empty(view.ToArray());
    }

    private delegate void ViewAction(BorrowedSpan<byte> view);

    private static bool Throws<TException>(BorrowedSpan<byte> view, ViewAction action) where TException : Exception
    {
        try
        {
            action(view);
            return false;
        }
        catch (TException)
        {
            return true;
        }
    }
}
