using BindingForge.Generator.Thin;

namespace BindingForge.Generator.Tests.Unit;

public sealed class BitfieldPlannerTests
{
    [Fact]
    public void Bitfields_of_one_unit_share_a_storage_field_of_the_declared_size()
    {
        var (windows, storage) = BitfieldPlanner.Plan(
            [new(0, 1, 4), new(1, 3, 4), new(4, 4, 4)], [], recordSize: 4, isUnion: false);
        var only = Assert.Single(storage);
        Assert.Equal(("_bitfield0", 0L, 4L, "uint"), (only.Name, only.Offset, only.Size, only.Type));
        Assert.All(windows, w => Assert.Same(only, w));
    }

    [Fact]
    public void A_unit_that_would_cover_an_ordinary_field_shrinks()
    {
        // unsigned low : 3; char after;  -> the int unit [0,4) covers 'after' at 1, so one byte holds 'low'.
        var (windows, storage) = BitfieldPlanner.Plan([new(0, 3, 4)], [new LayoutSlot(1, 1, 1)], recordSize: 4, isUnion: false);
        Assert.Equal((0L, 1L, "byte"), (storage[0].Offset, storage[0].Size, storage[0].Type));
        Assert.Same(storage[0], windows[0]);
    }

    [Fact]
    public void Nested_windows_merge_into_the_outermost()
    {
        // char a : 2 (unit [0,1)) and int b : 20 at bit 8 (unit [0,4)): one uint holds both.
        var (windows, storage) = BitfieldPlanner.Plan([new(0, 2, 1), new(8, 20, 4)], [], recordSize: 4, isUnion: false);
        Assert.Single(storage);
        Assert.Same(windows[0], windows[1]);
    }

    [Fact]
    public void Separate_units_get_separate_fields_in_offset_order()
    {
        var (_, storage) = BitfieldPlanner.Plan([new(32, 7, 4), new(0, 1, 4)], [], recordSize: 8, isUnion: false);
        Assert.Equal(["_bitfield0@0", "_bitfield1@4"], storage.Select(s => $"{s.Name}@{s.Offset}"));
    }

    [Fact]
    public void A_bitfield_no_window_can_hold_gets_none()
    {
        // Bits 4..12 in a 2-byte packed record whose bytes are both taken by ordinary fields.
        var (windows, storage) = BitfieldPlanner.Plan([new(4, 8, 4)], [new LayoutSlot(0, 1, 1), new LayoutSlot(1, 1, 1)], recordSize: 2, isUnion: false);
        Assert.Null(windows[0]);
        Assert.Empty(storage);
    }
}
