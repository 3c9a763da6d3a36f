using BindingForge.Clang.Reading;

namespace BindingForge.Clang.Tests.Comments;

public sealed class CommentTextTests
{
    [Theory]
    [InlineData("/** Short. */", "Short.")]
    [InlineData("/*! Bang. */", "Bang.")]
    [InlineData("/* Plain. */", "Plain.")]
    [InlineData("/**< Trailing. */", "Trailing.")]
    [InlineData("///< Trailing line.", "Trailing line.")]
    [InlineData("/// One.\n/// Two.", "One.\nTwo.")]
    [InlineData("//! Bang line.", "Bang line.")]
    [InlineData("// Plain line.", "Plain line.")]
    [InlineData("/**\n * First.\n *\n * Second.\n */", "First.\n\nSecond.")]
    [InlineData("/*\n** sqlite style\n** second\n*/", "sqlite style\nsecond")]
    [InlineData("/********\n * banner\n ********/", "banner")]
    [InlineData("/* first\n                   second */", "first\nsecond")]
    [InlineData("/*\n     indented\n       more\n*/", "indented\n  more")]
    [InlineData("/* a */ /* b */", "a\nb")]
    public void Strips_markers_and_shared_indentation(string raw, string expected)
    {
        Assert.Equal(expected, CommentText.Strip(raw));
    }

    [Fact]
    public void A_comment_of_decoration_only_is_empty()
    {
        Assert.Equal(string.Empty, CommentText.Strip("/*****************/"));
        Assert.Null(DocCommentParser.Parse("/* */"));
    }

    [Fact]
    public void Keeps_stars_inside_text()
    {
        Assert.Equal("returns char*", CommentText.Strip("/** returns char* */"));
    }
}
