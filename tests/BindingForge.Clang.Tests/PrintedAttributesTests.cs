using BindingForge.Clang.Reading;

namespace BindingForge.Clang.Tests;

public sealed class PrintedAttributesTests
{
    [Fact]
    public void Reads_each_attribute_of_a_pretty_printed_declaration()
    {
        const string printed = "__attribute__((deprecated(\"use f() (new)\"))) void *f(int x) __attribute__((malloc)) __attribute__((__nonnull__(1))) __attribute__((warn_unused_result(\"\")))";
        Assert.Equal(["deprecated(\"use f() (new)\")", "malloc", "nonnull(1)", "warn_unused_result"], PrintedAttributes.Parse(printed));
    }

    [Fact]
    public void Names_stop_at_the_arguments()
    {
        Assert.Equal("ownership_takes", PrintedAttributes.NameOf("ownership_takes(malloc, 1)"));
        Assert.Equal("malloc", PrintedAttributes.NameOf("malloc"));
    }
}
