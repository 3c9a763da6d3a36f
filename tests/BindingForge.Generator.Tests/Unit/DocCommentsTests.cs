using BindingForge.Generator.CSharp;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Tests.Unit;

public sealed class DocCommentsTests
{
    [Fact]
    public void A_one_line_summary_stays_on_one_line() =>
        Assert.Equal(["/// <summary>Opens it.</summary>"], DocComments.For(new Documentation("Opens it.")));

    [Fact]
    public void Text_is_xml_escaped_and_dedented_after_the_first_line()
    {
        var doc = new Documentation("  a < b && c > d\n      indented\n      more\n\n\n      after gap\n");
        Assert.Equal(
            ["/// <summary>", "/// a &lt; b &amp;&amp; c &gt; d", "/// indented", "/// more", "///", "/// after gap", "/// </summary>"],
            DocComments.For(doc));
    }

    [Fact]
    public void Params_follow_the_CSharp_names_and_all_get_a_tag_once_one_is_documented()
    {
        var doc = new Documentation("Adds.")
        {
            Params = new Dictionary<string, ParamDoc> { ["params"] = new("the first\n   addend", ParamDirection.In) },
            Returns = "the sum",
        };
        Assert.Equal(
            ["/// <summary>Adds.</summary>", "/// <param name=\"params\">the first addend</param>", "/// <param name=\"b\"/>", "/// <returns>the sum</returns>"],
            DocComments.For(doc, [("params", "@params"), ("b", "b")]));
    }

    [Fact]
    public void No_documentation_gives_no_lines_but_a_remark_still_shows() =>
        Assert.Equal(["/// <remarks>C bool: 0 or 1.</remarks>"], DocComments.For(null, "C bool: 0 or 1."));

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    [InlineData("\r")]
    [InlineData("\f")]
    [InlineData("\v")]
    public void No_line_terminator_of_CSharp_survives_inside_a_doc_line(string terminator)
    {
        var doc = new Documentation($"Opens it.{terminator}}} public class Injected {{{terminator}more")
        {
            Params = new Dictionary<string, ParamDoc> { ["p"] = new($"x{terminator}class P {{}}", ParamDirection.In) },
            Returns = $"y{terminator}class R {{}}",
        };
        var lines = DocComments.For(doc, [("p", "p")], $"remark{terminator}class Q {{}}");
        Assert.All(lines, line =>
        {
            Assert.StartsWith("///", line);
            Assert.DoesNotContain(line, c => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\f' or '\v');
        });
    }

    [Fact]
    public void A_separator_in_a_summary_starts_a_new_doc_line() =>
        Assert.Equal(["/// <summary>", "/// Opens it.", "/// } class Injected {", "/// </summary>"],
            DocComments.For(new Documentation("Opens it.\u2028} class Injected {")));

    [Fact]
    public void Bidirectional_and_other_format_characters_are_dropped()
    {
        // U+202E (right-to-left override), U+2066 (isolate), U+200B (zero-width space), U+FEFF: Unicode category Cf.
        var lines = DocComments.For(new Documentation("if admin \u202E\u2066 } \u2069\u202C begin\u200B\uFEFF"), "r\u202Eemark");
        Assert.Equal(["/// <summary>if admin  }  begin</summary>", "/// <remarks>remark</remarks>"], lines);
    }

    [Fact]
    public void Format_characters_above_U_FFFF_and_lone_surrogates_are_dropped_whole()
    {
        // U+E0001 and U+E0041 (tags, Cf, invisible) are surrogate pairs; found by HostileInputProperties.
        var lines = DocComments.For(new Documentation("a\U000E0001b\U000E0041c \uD800d \U0001F600"));
        Assert.Equal(["/// <summary>abc d \U0001F600</summary>"], lines);
    }
}
