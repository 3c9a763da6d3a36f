using System.Text;
using BindingForge.Clang.Reading;

namespace BindingForge.Clang.Tests.Comments;

public sealed class CommentScannerTests
{
    private const string Header = "/* group */\n#define A 1 /* one */\n#define B 2 // two\n#define C 3\n\n/* far */\n\n#define D 4\n";

    private static int End(string text, string of) => Encoding.UTF8.GetByteCount(text[..(text.IndexOf(of, StringComparison.Ordinal) + of.Length)]);

    private static int Start(string text, string of) => Encoding.UTF8.GetByteCount(text[..text.IndexOf(of, StringComparison.Ordinal)]);

    [Fact]
    public void Finds_trailing_comments_on_the_same_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Header);
        Assert.Equal("/* one */", CommentScanner.Trailing(bytes, End(Header, "A 1")));
        Assert.Equal("// two", CommentScanner.Trailing(bytes, End(Header, "B 2")));
        Assert.Null(CommentScanner.Trailing(bytes, End(Header, "C 3")));
    }

    [Fact]
    public void Finds_a_leading_comment_only_when_it_ends_on_the_line_above_and_stands_alone()
    {
        var bytes = Encoding.UTF8.GetBytes(Header);
        Assert.Equal("/* group */", CommentScanner.Leading(bytes, Start(Header, "A 1")));
        Assert.Null(CommentScanner.Leading(bytes, Start(Header, "B 2")));
        Assert.Null(CommentScanner.Leading(bytes, Start(Header, "D 4")));
    }

    [Fact]
    public void Collects_a_run_of_line_comments()
    {
        const string text = "int x;\n// one\n// two\n#define E 5\n";
        Assert.Equal("// one\n// two", CommentScanner.Leading(Encoding.UTF8.GetBytes(text), Start(text, "E 5")));
    }

    [Theory]
    [InlineData("/* c */\n#ifndef FOO_H\n#define FOO_H\n", "FOO_H")]
    [InlineData("// c\n#if !defined(BAR_H)\n", "BAR_H")]
    [InlineData("#pragma once\n#ifndef X\n", null)]
    [InlineData("int x;\n#ifndef Y\n", null)]
    public void Finds_include_guard_names(string text, string? expected)
    {
        Assert.Equal(expected, IncludeGuards.GuardName(Encoding.UTF8.GetBytes(text)));
    }
}
