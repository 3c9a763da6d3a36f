using BindingForge.Generator.Thin;

namespace BindingForge.Generator.Tests.Unit;

public sealed class LayoutChooserTests
{
    [Fact]
    public void Natural_layout_is_plain_sequential()
    {
        var choice = LayoutChooser.Choose([new(0, 1, 1), new(8, 8, 8), new(16, 2, 2)], 24, isUnion: false);
        Assert.Equal("[StructLayout(LayoutKind.Sequential)]", choice.Attribute());
        Assert.Equal(8, choice.Alignment);
    }

    [Fact]
    public void Packed_records_get_a_pack()
    {
        var choice = LayoutChooser.Choose([new(0, 1, 1), new(1, 4, 4), new(5, 8, 8)], 13, isUnion: false);
        Assert.Equal("[StructLayout(LayoutKind.Sequential, Pack = 1)]", choice.Attribute());
        Assert.Equal(1, choice.Alignment);
    }

    [Fact]
    public void Pragma_pack_2_is_found()
    {
        var choice = LayoutChooser.Choose([new(0, 1, 1), new(2, 4, 4)], 6, isUnion: false);
        Assert.Equal("[StructLayout(LayoutKind.Sequential, Pack = 2)]", choice.Attribute());
    }

    [Fact]
    public void Trailing_padding_beyond_the_natural_size_is_stated()
    {
        var choice = LayoutChooser.Choose([new(0, 4, 4)], 32, isUnion: false);
        Assert.Equal("[StructLayout(LayoutKind.Sequential, Size = 32)]", choice.Attribute());
    }

    [Fact]
    public void Unions_and_overlaps_are_explicit()
    {
        Assert.True(LayoutChooser.Choose([new(0, 4, 4), new(0, 8, 8)], 8, isUnion: true).Explicit);
        var overlapping = LayoutChooser.Choose([new(0, 4, 4), new(4, 4, 4), new(4, 2, 2)], 8, isUnion: false);
        Assert.Equal("[StructLayout(LayoutKind.Explicit)]", overlapping.Attribute());
    }

    [Fact]
    public void A_gap_no_packing_explains_is_explicit_with_the_size()
    {
        var choice = LayoutChooser.Choose([new(0, 1, 1), new(3, 1, 1)], 5, isUnion: false);
        Assert.Equal("[StructLayout(LayoutKind.Explicit, Size = 5)]", choice.Attribute());
    }
}
