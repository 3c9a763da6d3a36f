using BindingForge.Clang.Tests.Support;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests.Everything;

public sealed class EverythingEnumAndTypedefTests(EverythingFixture everything) : IClassFixture<EverythingFixture>
{
    [Fact]
    public void Enums_are_in_source_order()
    {
        Assert.Equal(["ev_color", "ev_signed", "ev_big", "ev_wide", "ev_flags", "ev_small", "anon_enum_0"], everything.Model.Enums.Select(e => e.Name));
    }

    [Fact]
    public void Underlying_types_follow_the_values()
    {
        Assert.Equal(PrimitiveKind.UInt, everything.Enum("ev_color").UnderlyingType);
        Assert.Equal(PrimitiveKind.Int, everything.Enum("ev_signed").UnderlyingType);
        Assert.Equal(PrimitiveKind.ULong, everything.Enum("ev_big").UnderlyingType);
        Assert.Equal(PrimitiveKind.Long, everything.Enum("ev_wide").UnderlyingType);
        Assert.Equal(PrimitiveKind.UChar, everything.Enum("ev_small").UnderlyingType);
    }

    [Fact]
    public void Negative_and_64_bit_values_are_exact()
    {
        Assert.Equal(-1, everything.Enum("ev_signed").Members[0].Value);
        Assert.Equal(ulong.MaxValue, everything.Enum("ev_big").Members[0].Value);
        Assert.Equal(-0x100000000L, everything.Enum("ev_wide").Members[0].Value);
        Assert.Equal([0, 5, 6], everything.Enum("ev_color").Members.Select(m => (int)m.Value));
        Assert.Equal(3, everything.Enum("ev_flags").Members[2].Value);
        Assert.Equal(200, everything.Enum("ev_small").Members[1].Value);
    }

    [Fact]
    public void Tagless_enums_take_the_typedef_name_or_a_synthesized_one()
    {
        var color = everything.Enum("ev_color");
        Assert.True(color.IsAnonymous);
        Assert.Equal("ev_color", color.TypedefName);
        Assert.Equal("ev_color", Assert.IsType<EnumRef>(everything.Typedef("ev_color").Underlying).Name);
        var anonymous = everything.Enum("anon_enum_0");
        Assert.True(anonymous.IsAnonymous);
        Assert.Null(anonymous.TypedefName);
        Assert.False(everything.Enum("ev_signed").IsAnonymous);
    }

    [Fact]
    public void Enum_member_comments_are_attached()
    {
        var members = everything.Enum("ev_color").Members;
        Assert.Equal("First color.", members[0].Doc?.Summary);
        Assert.Equal("Plain trailing comment.", members[1].Doc?.Summary);
        Assert.Null(members[2].Doc);
        Assert.Equal("Colors, a typedef of a tagless enum.", everything.Enum("ev_color").Doc?.Summary);
    }

    [Fact]
    public void Typedefs_are_in_source_order_with_their_underlying_types()
    {
        Assert.Equal(["ev_int", "ev_byte", "ev_cstr", "ev_handle", "ev_callback", "ev_log_fn", "ev_color", "ev_point", "ev_matrix"],
            everything.Model.Typedefs.Select(t => t.Name));
        Assert.Equal(PrimitiveKind.Int, Assert.IsType<PrimitiveType>(everything.Typedef("ev_int").Underlying).Kind);
        var cstr = Assert.IsType<PointerType>(everything.Typedef("ev_cstr").Underlying);
        Assert.True(cstr.Pointee.IsConst);
        var handle = Assert.IsType<RecordRef>(everything.Typedef("ev_handle").Underlying);
        Assert.Equal(("ev_handle", RecordKind.Struct), (handle.Name, handle.Kind));
    }

    [Fact]
    public void Function_pointer_typedefs_hold_function_types()
    {
        var callback = Assert.IsType<FunctionType>(Assert.IsType<PointerType>(everything.Typedef("ev_callback").Underlying).Pointee);
        Assert.Equal(2, callback.Parameters.Length);
        Assert.False(callback.IsVariadic);
        Assert.Equal(CallingConvention.Cdecl, callback.CallingConvention);
        var logger = Assert.IsType<FunctionType>(Assert.IsType<PointerType>(everything.Typedef("ev_log_fn").Underlying).Pointee);
        Assert.True(logger.IsVariadic);
    }

    [Fact]
    public void Typedef_comments_are_attached_in_every_style()
    {
        Assert.Equal("A plain integer typedef.", everything.Typedef("ev_int").Doc?.Summary);
        Assert.Equal("A variadic logger.", everything.Typedef("ev_log_fn").Doc?.Summary);
        Assert.Equal("Colors, a typedef of a tagless enum.", everything.Typedef("ev_color").Doc?.Summary);
    }
}
