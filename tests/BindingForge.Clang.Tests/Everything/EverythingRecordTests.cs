using BindingForge.Clang.Tests.Support;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests.Everything;

public sealed class EverythingRecordTests(EverythingFixture everything) : IClassFixture<EverythingFixture>
{
    private RecordDecl EvRecord => everything.Record("ev_record");

    private FieldDecl Field(string name) => EvRecord.Fields.Single(f => f.Name == name);

    [Fact]
    public void Records_are_in_source_order_with_nested_ones_after_their_parent()
    {
        Assert.Equal(
            ["ev_handle", "ev_point", "ev_matrix", "ev_value", "ev_record", "ev_record_anon_0", "ev_record_anon_1",
             "ev_record_anon_2", "ev_outer", "ev_inner", "ev_buffer"],
            everything.Model.Records.Select(r => r.Name));
    }

    [Fact]
    public void Layout_matches_the_compiler()
    {
        // Values gcc gives for the same header (see everything.c: ev_record_init returns the size).
        Assert.Equal(160, EvRecord.Size);
        Assert.Equal(8, EvRecord.Alignment);
        Assert.Equal(16, Field("pair").OffsetBytes);
        Assert.Equal(88, Field("points").OffsetBytes);
        Assert.Equal(152, Field("next").OffsetBytes);
        Assert.Equal(16, everything.Record("ev_outer").Size);
    }

    [Fact]
    public void Bitfields_have_widths_and_bit_offsets()
    {
        Assert.Equal((32L, 3), (Field("flags").OffsetBits, Field("flags").BitWidth));
        Assert.Equal((35L, 5), (Field("mode").OffsetBits, Field("mode").BitWidth));
        Assert.Equal((40L, 4), (Field("delta").OffsetBits, Field("delta").BitWidth));
        Assert.Equal(PrimitiveKind.Int, Assert.IsType<PrimitiveType>(Field("delta").Type).Kind);
        Assert.Null(Field("id").BitWidth);
    }

    [Fact]
    public void Anonymous_members_are_fields_of_synthesized_records()
    {
        var union = Field("anon_0");
        Assert.True(union.IsAnonymousMember);
        Assert.Equal(64, union.OffsetBits);
        var unionType = Assert.IsType<RecordRef>(union.Type);
        Assert.Equal(("ev_record_anon_0", RecordKind.Union), (unionType.Name, unionType.Kind));
        var unionRecord = everything.Record("ev_record_anon_0");
        Assert.True(unionRecord.IsAnonymous);
        Assert.Equal(["as_int", "as_float"], unionRecord.Fields.Select(f => f.Name));
        Assert.True(Field("anon_1").IsAnonymousMember);
        Assert.Equal(["lo", "hi"], everything.Record("ev_record_anon_1").Fields.Select(f => f.Name));
    }

    [Fact]
    public void A_tagless_struct_for_a_named_field_is_not_an_anonymous_member()
    {
        var pair = Field("pair");
        Assert.False(pair.IsAnonymousMember);
        Assert.Equal("ev_record_anon_2", Assert.IsType<RecordRef>(pair.Type).Name);
        Assert.Equal("struct ev_record_anon_2", pair.Type.Spelling);
    }

    [Fact]
    public void Fixed_arrays_nest()
    {
        var name = Assert.IsType<ArrayType>(Field("name").Type);
        Assert.Equal(16, name.Length);
        Assert.Equal(PrimitiveKind.Char, Assert.IsType<PrimitiveType>(name.Element).Kind);
        var grid = Assert.IsType<ArrayType>(Field("grid").Type);
        Assert.Equal(3, grid.Length);
        Assert.Equal(4, Assert.IsType<ArrayType>(grid.Element).Length);
        var matrix = Assert.IsType<ArrayType>(everything.Record("ev_matrix").Fields[0].Type);
        Assert.Equal((2L, 2L), (matrix.Length!.Value, Assert.IsType<ArrayType>(matrix.Element).Length!.Value));
        Assert.Equal("ev_point", Assert.IsType<TypedefRef>(Assert.IsType<ArrayType>(Field("points").Type).Element).Name);
    }

    [Fact]
    public void Flexible_array_members_have_no_length()
    {
        var data = everything.Record("ev_buffer").Fields[1];
        Assert.Null(Assert.IsType<ArrayType>(data.Type).Length);
        Assert.Equal(8, data.OffsetBytes);
    }

    [Fact]
    public void Function_pointer_fields_are_function_types_inside_pointers()
    {
        var onClose = Assert.IsType<FunctionType>(Assert.IsType<PointerType>(Field("on_close").Type).Pointee);
        Assert.Equal("ev_record", Assert.IsType<RecordRef>(Assert.IsType<PointerType>(onClose.Parameters[0]).Pointee).Name);
        Assert.Equal("ev_callback", Assert.IsType<TypedefRef>(Field("on_event").Type).Name);
    }

    [Fact]
    public void Typedef_names_records()
    {
        var point = everything.Record("ev_point");
        Assert.True(point.IsAnonymous);
        Assert.Equal("ev_point", point.TypedefName);
        var matrix = everything.Record("ev_matrix");
        Assert.False(matrix.IsAnonymous);
        Assert.Equal("ev_matrix", matrix.TypedefName);
        Assert.Null(EvRecord.TypedefName);
        Assert.Equal("ev_point", Assert.IsType<RecordRef>(everything.Typedef("ev_point").Underlying).Name);
    }

    [Fact]
    public void Opaque_structs_are_incomplete()
    {
        var handle = everything.Record("ev_handle");
        Assert.False(handle.IsComplete);
        Assert.Empty(handle.Fields);
        Assert.Equal((0L, 0L), (handle.Size, handle.Alignment));
    }

    [Fact]
    public void Unions_overlap()
    {
        var value = everything.Record("ev_value");
        Assert.Equal(RecordKind.Union, value.Kind);
        Assert.Equal(8, value.Size);
        Assert.All(value.Fields, f => Assert.Equal(0, f.OffsetBits));
    }

    [Fact]
    public void Nested_tagged_records_are_records()
    {
        Assert.Equal("ev_inner", Assert.IsType<RecordRef>(everything.Record("ev_outer").Fields[0].Type).Name);
        Assert.Equal(4, everything.Record("ev_inner").Size);
    }

    [Fact]
    public void Member_comments_are_attached()
    {
        Assert.Equal("The identifier.", Field("id").Doc?.Summary);
        Assert.Equal("Three flag bits.", Field("flags").Doc?.Summary);
        Assert.Null(Field("mode").Doc);
        Assert.Equal("A record with every kind of member.", EvRecord.Doc?.Summary);
    }
}
