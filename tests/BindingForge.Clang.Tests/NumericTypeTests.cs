using BindingForge.Clang.Tests.Support;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests;

/// <summary>The numeric types and overloadable functions as the reader puts them in the model.</summary>
public sealed class NumericTypeTests
{
    [Fact]
    public void Complex_types_keep_their_element_and_Float16_is_a_primitive()
    {
        using var temp = new TempHeaders();
        var header = temp.Write("n.h", "_Complex float f(_Complex double a, _Complex long double b, _Complex int c, _Float16 h, __int128 i);\n");
        var function = Assert.Single(Read.Headers(header).Model.Functions);
        Assert.Equal(PrimitiveKind.Float, Assert.IsType<ComplexType>(function.ReturnType).Element);
        Assert.Equal([PrimitiveKind.Double, PrimitiveKind.LongDouble, PrimitiveKind.Int],
            function.Parameters.Take(3).Select(p => Assert.IsType<ComplexType>(p.Type).Element));
        Assert.Equal("_Complex double", function.Parameters[0].Type.Spelling);
        Assert.Equal(PrimitiveKind.Float16, Assert.IsType<PrimitiveType>(function.Parameters[3].Type).Kind);
        Assert.Equal(PrimitiveKind.Int128, Assert.IsType<PrimitiveType>(function.Parameters[4].Type).Kind);
    }

    [Fact]
    public void Each_overload_is_read_once_with_its_mangled_symbol()
    {
        using var temp = new TempHeaders();
        var header = temp.Write("o.h", """
            int __attribute__((overloadable)) ov(int x);
            int __attribute__((overloadable)) ov(double x);
            int __attribute__((overloadable)) ov(int x);
            int plain(int x);
            int labeled(int x) __asm__("other");
            """);
        var model = Read.Headers(header).Model;
        var functions = model.Functions;
        Assert.Equal(["ov", "ov", "plain", "labeled"], functions.Select(f => f.Name));
        Assert.Equal(["_Z2ovi", "_Z2ovd", null, "other"], functions.Select(f => f.Symbol));
        Assert.Equal(["_Z2ovi", "_Z2ovd", "plain", "other"], functions.Select(f => f.LinkName));
        Assert.Same(functions[0], model.FindFunction("ov"));
    }
}
