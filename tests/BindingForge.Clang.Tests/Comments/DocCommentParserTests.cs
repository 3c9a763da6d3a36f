using BindingForge.Clang.Reading;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests.Comments;

public sealed class DocCommentParserTests
{
    [Fact]
    public void Plain_text_is_all_summary()
    {
        var doc = DocCommentParser.Parse("/* Just prose.\n   More prose. */")!;
        Assert.Equal("Just prose.\nMore prose.", doc.Text);
        Assert.Equal(doc.Text, doc.Summary);
        Assert.Empty(doc.Params);
        Assert.Null(doc.Returns);
    }

    [Fact]
    public void Brief_params_and_returns_are_separated()
    {
        var doc = DocCommentParser.Parse("""
            /**
             * \brief Copies bytes.
             *
             * Details follow.
             * \param[out] dst where to write,
             *     continued here
             * \param[in] src what to read
             * \param n how many
             * \returns the number copied
             */
            """)!;
        Assert.Equal("Copies bytes.\n\nDetails follow.", doc.Summary);
        Assert.Equal(new ParamDoc("where to write, continued here", ParamDirection.Out), doc.Params["dst"]);
        Assert.Equal(new ParamDoc("what to read", ParamDirection.In), doc.Params["src"]);
        Assert.Equal(new ParamDoc("how many", ParamDirection.Unspecified), doc.Params["n"]);
        Assert.Equal("the number copied", doc.Returns);
        Assert.Equal(["dst", "src", "n"], doc.Params.Keys);
    }

    [Theory]
    [InlineData("[in,out]", ParamDirection.InOut)]
    [InlineData("[in, out]", ParamDirection.InOut)]
    [InlineData("[out,in]", ParamDirection.InOut)]
    [InlineData("[in]", ParamDirection.In)]
    [InlineData("[out]", ParamDirection.Out)]
    [InlineData("", ParamDirection.Unspecified)]
    public void Param_directions(string written, ParamDirection expected)
    {
        var doc = DocCommentParser.Parse($"/** @param{written} p text */")!;
        Assert.Equal(expected, doc.Params["p"].Direction);
    }

    [Fact]
    public void At_commands_and_result_work_like_backslash_ones()
    {
        var doc = DocCommentParser.Parse("/** @brief B.\n * @param x X.\n * @result R. */")!;
        Assert.Equal("B.", doc.Summary);
        Assert.Equal("X.", doc.Params["x"].Text);
        Assert.Equal("R.", doc.Returns);
    }

    [Fact]
    public void A_blank_line_ends_a_section_and_other_commands_stay_in_the_summary()
    {
        var doc = DocCommentParser.Parse("/**\n * \\return R.\n *\n * After.\n * \\note Careful.\n */")!;
        Assert.Equal("R.", doc.Returns);
        Assert.Equal("After.\n\\note Careful.", doc.Summary);
    }
}
