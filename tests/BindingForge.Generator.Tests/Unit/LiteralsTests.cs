using BindingForge.Generator.CSharp;

namespace BindingForge.Generator.Tests.Unit;

public sealed class LiteralsTests
{
    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(3.0, "3.0")]
    [InlineData(1e-300, "1E-300")]
    [InlineData(double.NaN, "double.NaN")]
    [InlineData(double.NegativeInfinity, "double.NegativeInfinity")]
    public void Doubles_round_trip(double value, string expected) => Assert.Equal(expected, Literals.Double(value));

    [Fact]
    public void Floats_carry_their_suffix() => Assert.Equal("0.1F", Literals.Float(0.1f));

    [Fact]
    public void Valid_utf8_becomes_a_u8_literal_with_escapes() =>
        Assert.Equal("\"a\\\"b\\\\c\\n\\u00E9\"u8", Literals.Utf8("a\"b\\c\né"u8.ToArray()));

    [Fact]
    public void Invalid_utf8_becomes_a_byte_collection() => Assert.Equal("[0xFF, 0x41]", Literals.Utf8([0xFF, 0x41]));

    [Theory]
    [InlineData("int", 2147483647, true)]
    [InlineData("int", 2147483648, false)]
    [InlineData("uint", -1, false)]
    [InlineData("byte", 255, true)]
    [InlineData("sbyte", -129, false)]
    public void Ranges_are_the_CSharp_types(string type, long value, bool fits) => Assert.Equal(fits, Literals.Fits(value, type));

    [Fact]
    public void Ulong_max_fits_ulong_only()
    {
        Int128 max = ulong.MaxValue;
        Assert.True(Literals.Fits(max, "ulong"));
        Assert.False(Literals.Fits(max, "long"));
    }
}
