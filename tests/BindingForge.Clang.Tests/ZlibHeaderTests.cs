using BindingForge.Clang.Tests.Support;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests;

public sealed class ZlibHeaderTests(ZlibFixture zlib) : IClassFixture<ZlibFixture>
{
    [Fact]
    public void Parses_without_errors()
    {
        Assert.False(zlib.Result.HasErrors, string.Join("\n", zlib.Result.Diagnostics));
        Assert.True(zlib.Model.Functions.Length >= 80);
    }

    [Fact]
    public void Z_stream_has_gcc_layout()
    {
        var stream = zlib.Record("z_stream_s");
        Assert.Equal(112, stream.Size);
        Assert.Equal(8, stream.Alignment);
        Assert.Equal("z_stream", stream.TypedefName);
        var adler = stream.Fields.Single(f => f.Name == "adler");
        Assert.Equal(96, adler.OffsetBytes);
        Assert.Equal(PrimitiveKind.ULong, Assert.IsType<PrimitiveType>(adler.Type).Kind);
        Assert.Equal("z_stream_s", Assert.IsType<RecordRef>(zlib.Typedef("z_stream").Underlying).Name);
    }

    [Fact]
    public void Deflate_init_underscore_exists_with_its_parameters()
    {
        var init = zlib.Function("deflateInit_");
        Assert.Equal(["strm", "level", "version", "stream_size"], init.Parameters.Select(p => p.Name));
        Assert.Equal("z_streamp", Assert.IsType<TypedefRef>(init.Parameters[0].Type).Name);
    }

    [Fact]
    public void Zlib_version_is_a_string_constant()
    {
        var version = Assert.IsType<StringConstant>(zlib.Constant("ZLIB_VERSION").Value);
        Assert.Matches(@"^1\.\d+", System.Text.Encoding.UTF8.GetString(version.Utf8.AsSpan()));
        Assert.Equal(new IntegerConstant(-1, PrimitiveKind.Int), zlib.Constant("Z_ERRNO").Value);
    }

    [Fact]
    public void Typedefs_of_zconf_h_are_replaced_by_what_they_stand_for()
    {
        // Bytef, uLongf and uLong live in zconf.h, which was not named: the model names no typedef it lacks.
        var compress2 = zlib.Function("compress2");
        Assert.Equal(PrimitiveKind.UChar, Assert.IsType<PrimitiveType>(Assert.IsType<PointerType>(compress2.Parameters[0].Type).Pointee).Kind);
        Assert.Equal(PrimitiveKind.ULong, Assert.IsType<PrimitiveType>(compress2.Parameters[3].Type).Kind);
        Assert.Equal("uLong", compress2.Parameters[3].Type.Spelling);
        var referenced = zlib.Model.Functions.SelectMany(f => f.Parameters.Select(p => p.Type).Append(f.ReturnType)).SelectMany(Walk);
        Assert.All(referenced.OfType<TypedefRef>(), t => Assert.True(zlib.Model.FindTypedef(t.Name) is not null || t.Name is "size_t", t.Name));
    }

    [Fact]
    public void Trailing_field_comments_belong_to_their_field()
    {
        var stream = zlib.Record("z_stream_s");
        Assert.Equal("next input byte", stream.Fields[0].Doc?.Summary);
        Assert.Equal("number of bytes available at next_in", stream.Fields[1].Doc?.Summary);
        Assert.Equal("reserved for future use", stream.Fields[^1].Doc?.Summary);
    }

    [Fact]
    public void Gz_file_is_a_pointer_to_a_complete_struct()
    {
        var gzFile = Assert.IsType<PointerType>(zlib.Typedef("gzFile").Underlying);
        Assert.Equal("gzFile_s", Assert.IsType<RecordRef>(gzFile.Pointee).Name);
        Assert.True(zlib.Record("gzFile_s").IsComplete);
        Assert.False(zlib.Record("internal_state").IsComplete);
    }

    private static IEnumerable<CType> Walk(CType type) => type switch
    {
        PointerType p => Walk(p.Pointee).Prepend(type),
        ArrayType a => Walk(a.Element).Prepend(type),
        FunctionType f => f.Parameters.SelectMany(Walk).Concat(Walk(f.ReturnType)).Prepend(type),
        _ => [type],
    };
}
