using BindingForge.Contracts.Tests;
using BindingForge.Generator;
using BindingForge.Generator.Surface;
using BindingForge.Review.Surface;

namespace BindingForge.Review.Tests.Surface;

/// <summary>The API record of test.h: what it lists, its order, and that it reads back as it was written.</summary>
public sealed class ApiRecordTests
{
    private static ApiRecord Record() =>
        ApiRecordBuilder.Build(ThinSurfaceBuilder.Build(TestHeader.Model, new GeneratorOptions { Library = "testlib", ClassName = "Testlib" }, null));

    [Fact]
    public void Lists_functions_with_both_signatures_records_with_layout_enums_and_constants()
    {
        var record = Record();

        Assert.Equal("function db_open(const char * path, db * * out) -> int | TestlibNative.db_open(byte* path, db** @out) -> int", record.Find(ApiKinds.Function, "db_open")!.Text);
        Assert.Equal("library testlib", record.Lines[0].Text);
        Assert.Matches(@"^record zs_s struct size 48 align 8 \| zs$", record.Find(ApiKinds.Record, "zs_s")!.Text);
        Assert.Equal("record zs_s.avail_in @8 unsigned int", record.Find(ApiKinds.Record, "zs_s.avail_in")!.Text);
        Assert.Equal("enum color.GREEN = 1", record.Find(ApiKinds.Enum, "color.GREEN")!.Text);
        Assert.Equal("const OK int | int TestlibNative.OK = 0", record.Find(ApiKinds.Constant, "OK")!.Text);
    }

    [Fact]
    public void Is_sorted_by_kind_then_name_and_reads_back_item_for_item_with_its_lines()
    {
        var record = Record();
        var (read, problems) = ApiRecordReader.Read(record.Text, "test.api.txt");

        Assert.Empty(problems);
        Assert.Equal(record.Lines.Select(l => (l.Text, l.Line)), read.Lines.Select(l => (l.Text, l.Line)));
        Assert.Equal(record.Lines.Select(l => l.Id), read.Lines.Select(l => l.Id));
        var functions = record.OfKind(ApiKinds.Function).Select(l => l.Key).ToList();
        Assert.Equal(functions.Order(StringComparer.Ordinal), functions);
        Assert.True(record.Lines.Select(l => l.Line).SequenceEqual(Enumerable.Range(2, record.Lines.Length)));
    }

    [Fact]
    public void The_same_headers_give_the_same_bytes()
    {
        Assert.Equal(Record().Text, Record().Text);
    }

    [Fact]
    public void An_unknown_line_is_a_warning_at_its_line_and_is_left_out()
    {
        var (read, problems) = ApiRecordReader.Read("# heading\nlibrary foo\nsomething else\n", "foo.api.txt");

        Assert.Single(read.Lines);
        var problem = Assert.Single(problems);
        Assert.Equal(("BF2503", 3), (problem.Id, problem.Location.Line));
    }

    [Fact]
    public void The_record_lives_next_to_the_contract()
    {
        Assert.Equal("contracts/sqlite3.api.txt", ApiRecordFile.PathFor("contracts/sqlite3.yaml"));
        Assert.Equal("a/b.api.txt", ApiRecordFile.PathFor("a/b.yml"));
    }
}
