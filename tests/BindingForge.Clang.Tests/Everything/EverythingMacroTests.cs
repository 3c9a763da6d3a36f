using System.Text;
using BindingForge.Clang.Tests.Support;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests.Everything;

public sealed class EverythingMacroTests(EverythingFixture everything) : IClassFixture<EverythingFixture>
{
    public static TheoryData<string, long, PrimitiveKind> Integers => new()
    {
        { "EV_INT", 42, PrimitiveKind.Int },
        { "EV_NEGATIVE", -42, PrimitiveKind.Int },
        { "EV_UNSIGNED", 42, PrimitiveKind.UInt },
        { "EV_LONG", 42, PrimitiveKind.Long },
        { "EV_ULONG", 42, PrimitiveKind.ULong },
        { "EV_LONGLONG", 1L << 40, PrimitiveKind.LongLong },
        { "EV_HEX", 255, PrimitiveKind.Int },
        { "EV_CHAR", 'A', PrimitiveKind.Int },
        { "EV_EXPR", 85, PrimitiveKind.Int },
    };

    [Theory]
    [MemberData(nameof(Integers))]
    public void Integer_macros_have_their_C_type(string name, long value, PrimitiveKind type)
    {
        Assert.Equal(new IntegerConstant(value, type), everything.Constant(name).Value);
    }

    [Fact]
    public void Unsigned_64_bit_maximum_is_exact()
    {
        Assert.Equal(new IntegerConstant(ulong.MaxValue, PrimitiveKind.ULongLong), everything.Constant("EV_ULLONG_MAX").Value);
    }

    [Fact]
    public void Floating_macros_keep_float_and_double_apart()
    {
        Assert.Equal(new FloatConstant(1.5, PrimitiveKind.Float), everything.Constant("EV_FLOAT").Value);
        Assert.Equal(new FloatConstant(3.25, PrimitiveKind.Double), everything.Constant("EV_DOUBLE").Value);
    }

    [Fact]
    public void String_macros_are_utf8_bytes()
    {
        Assert.Equal("everything"u8.ToArray(), Assert.IsType<StringConstant>(everything.Constant("EV_STRING").Value).Utf8);
        Assert.Equal(Encoding.UTF8.GetBytes("héllo"), Assert.IsType<StringConstant>(everything.Constant("EV_UTF8").Value).Utf8);
    }

    [Fact]
    public void Pointer_casts_are_pointer_constants()
    {
        var sentinel = Assert.IsType<PointerConstant>(everything.Constant("EV_SENTINEL").Value);
        Assert.Equal(-1, sentinel.Value);
        Assert.Equal("ev_callback", Assert.IsType<TypedefRef>(sentinel.PointerType).Name);
        var nil = Assert.IsType<PointerConstant>(everything.Constant("EV_NULL").Value);
        Assert.Equal(0, nil.Value);
        Assert.Equal(PrimitiveKind.Void, Assert.IsType<PrimitiveType>(Assert.IsType<PointerType>(nil.PointerType).Pointee).Kind);
    }

    [Fact]
    public void Only_constants_are_kept_in_source_order()
    {
        Assert.Equal(
            ["EV_INT", "EV_NEGATIVE", "EV_UNSIGNED", "EV_LONG", "EV_ULONG", "EV_LONGLONG", "EV_ULLONG_MAX", "EV_HEX", "EV_CHAR",
             "EV_EXPR", "EV_FLOAT", "EV_DOUBLE", "EV_STRING", "EV_UTF8", "EV_NULL", "EV_SENTINEL"],
            everything.Model.Constants.Select(c => c.Name));
    }

    [Fact]
    public void Guards_empty_and_function_like_macros_are_skipped_silently_others_reported()
    {
        var reported = everything.Result.Diagnostics.Where(d => d.Id == ClangDiagnosticIds.MacroNotConstant).Select(d => d.Message).ToList();
        Assert.Equal(2, reported.Count);
        Assert.Contains(reported, m => m.Contains("'EV_API'"));
        Assert.Contains(reported, m => m.Contains("'EV_VERSION_CALL'"));
    }

    [Fact]
    public void Macro_comments_come_from_the_text()
    {
        Assert.Equal("An int.", everything.Constant("EV_INT").Doc?.Summary);
        Assert.Equal("The library's name.", everything.Constant("EV_STRING").Doc?.Summary);
        Assert.Null(everything.Constant("EV_NEGATIVE").Doc);
    }

    [Fact]
    public void Macro_locations_are_the_definitions()
    {
        var constant = everything.Constant("EV_DOUBLE");
        Assert.StartsWith("#define EV_DOUBLE", File.ReadAllLines(TestPaths.Everything)[constant.Location.Line - 1], StringComparison.Ordinal);
        Assert.Equal(9, constant.Location.Column);
    }
}
