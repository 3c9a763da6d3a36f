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
}
