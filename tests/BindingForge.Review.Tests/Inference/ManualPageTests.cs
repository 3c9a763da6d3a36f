using System.IO.Compression;
using System.Text;
using BindingForge.Contracts;
using BindingForge.Model.Diagnostics;
using BindingForge.Review.Inference;
using BindingForge.Review.Inference.Manuals;
using static BindingForge.Review.Tests.Inference.InferenceKit;

namespace BindingForge.Review.Tests.Inference;

/// <summary>
/// Section-3 manual pages as a doc source of <c>init</c>: roff (man and mdoc) read as plain sections, pages found by
/// function name under a manual folder (gzip'd, <c>.so</c> redirects, <c>3pcap</c>-style suffixes), their sentences
/// turned into facts that cite the page, and a page that cannot be read reported as BF2310.
/// </summary>
public sealed class ManualPageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bf-man-" + Guid.NewGuid().ToString("N"));

    public ManualPageTests() => Directory.CreateDirectory(Path.Combine(_root, "man3"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string ManPage = """
        .\" a comment that must not survive
        .TH THING_TO_TEXT 3 "2024" "libthing"
        .SH NAME
        thing_to_text, thing_to_name \- render a thing
        .SH SYNOPSIS
        .B char *thing_to_text(thing *t);
        .SH DESCRIPTION
        .BR thing_to_text ()
        converts the thing into a string.
        It returns a pointer to the string; the caller should free it with
        \fBthing_free\fP(3) when it is no longer needed.
        .PP
        .BR thing_to_name ()
        returns a \fIstatic string\fR naming the thing\(aqs kind.
        .SH RETURN VALUE
        On failure, NULL is returned.
        .SH SEE ALSO
        .BR thing_free (3)
        """;

    private const string MdocPage = """
        .Dd March 23, 2002
        .Dt THING_GET_TAG 3
        .Sh NAME
        .Nm thing_get_tag
        .Nd retrieve the tag of a thing
        .Sh SYNOPSIS
        .Ft void *
        .Fn thing_get_tag "thing *t"
        .Sh DESCRIPTION
        The
        .Fn thing_get_tag
        function copies the tag into working storage. The caller should free it by calling
        .Fn thing_free ,
        see
        .Xr thing 5 .
        .Sh RETURN VALUE
        .Rv -std thing_get_tag
        """;

    [Fact]
    public void Man_roff_becomes_plain_sections_without_synopsis_or_see_also()
    {
        var (names, sections) = RoffText.Parse(ManPage);

        Assert.Equal(["thing_to_text", "thing_to_name"], names.ToArray());
        Assert.Equal(["DESCRIPTION", "RETURN VALUE"], sections.Select(s => s.Name).ToArray());
        var description = sections[0].Text;
        Assert.StartsWith("thing_to_text() converts the thing into a string.", description);
        Assert.Contains("the caller should free it with thing_free(3) when", description);
        Assert.Contains("\n\nthing_to_name() returns a static string naming the thing's kind.", description);
        Assert.DoesNotContain("comment", description);
        Assert.DoesNotContain("\\f", description);
    }

    [Fact]
    public void Mdoc_macros_become_words_of_the_sentence()
    {
        var (names, sections) = RoffText.Parse(MdocPage);

        Assert.Equal(["thing_get_tag"], names.ToArray());
        Assert.Equal("The thing_get_tag() function copies the tag into working storage. The caller should free it by calling thing_free(), see thing(5).", sections[0].Text);
        Assert.Equal("thing_get_tag() returns the value 0 if successful; otherwise the value -1 is returned.", sections[1].Text);
    }

    [Fact]
    public void Pages_are_found_by_name_through_redirects_and_section_suffixes()
    {
        WriteGz("thing_to_text.3.gz", ManPage);
        WriteGz("thing_to_name.3.gz", ".so man3/thing_to_text.3\n");
        File.WriteAllText(Path.Combine(_root, "man3", "thing_open.3thing"), ".SH NAME\nthing_open \\- open\n.SH DESCRIPTION\nOpens.\n");
        var diagnostics = new DiagnosticBag();

        var pages = new ManualShelf([_root], diagnostics).PagesFor(["thing_to_name", "thing_to_text", "thing_open", "thing_missing"], "thing");

        Assert.Equal(["thing_to_text(3)", "thing_open(3)"], pages.Select(p => p.Title).ToArray());
        Assert.Equal(["thing_to_text", "thing_to_name"], pages[0].Functions.ToArray());
        Assert.Null(pages[0].SoleFunction);
        Assert.Equal("thing_open", pages[1].SoleFunction);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_page_that_is_not_gzip_is_BF2310_and_the_draft_goes_on()
    {
        File.WriteAllText(Path.Combine(_root, "man3", "thing_new.3.gz"), "not gzip at all");

        var result = Header().Infer("thing");

        var warning = Assert.Single(result.Diagnostics, d => d.Id == ContractDiagnosticIds.ManualPageUnreadable);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.EndsWith("thing_new.3.gz", warning.Location!.File);
        Assert.Contains("thing_new:", result.Yaml);
    }

    [Fact]
    public void Sentences_of_a_page_state_facts_and_cite_the_page()
    {
        WriteGz("thing_to_text.3.gz", ManPage);
        WriteGz("thing_get_tag.3.gz", MdocPage);

        var (contract, yaml) = Header().Draft("thing");

        Assert.Equal("thing_free", contract.FindFunction("thing_to_text")!.Return.Owned!.Free!.Name);
        Assert.True(yaml.Contains("man thing_to_text(3): ", StringComparison.Ordinal) && yaml.Contains("the caller should free it with thing_free(3)", StringComparison.Ordinal), yaml);
        Assert.NotNull(contract.FindFunction("thing_to_name")!.Return.Borrowed);
        Assert.Equal("thing_free", contract.FindFunction("thing_get_tag")!.Return.Owned!.Free!.Name);
        Assert.Contains("man thing_get_tag(3)", yaml);
    }

    [Fact]
    public void Without_pages_the_same_header_states_nothing_about_those_returns()
    {
        var (contract, _) = new InferenceKit
        {
            ManualFolders = [],
        }.Opaque("thing").Function("thing_new", Ptr(Named("thing"))).Function("thing_free", CVoid, P("p", Ptr(CVoid)))
            .Function("thing_to_text", Ptr(CChar), P("t", Ptr(Named("thing")))).Function("thing_get_tag", Ptr(CVoid), P("t", Ptr(Named("thing")))).Draft("thing");

        Assert.Null(contract.FindFunction("thing_to_text")?.Return.Owned);
        Assert.Null(contract.FindFunction("thing_get_tag")?.Return.Owned);
    }

    private InferenceKit Header() => new InferenceKit { ManualFolders = [_root] }
        .Opaque("thing")
        .Function("thing_new", Ptr(Named("thing")))
        .Function("thing_free", CVoid, P("p", Ptr(CVoid)))
        .Function("thing_to_text", Ptr(CChar), P("t", Ptr(Named("thing"))))
        .Function("thing_to_name", Ptr(CChar), P("t", Ptr(Named("thing"))))
        .Function("thing_get_tag", Ptr(CVoid), P("t", Ptr(Named("thing"))));

    private void WriteGz(string name, string text)
    {
        using var file = File.Create(Path.Combine(_root, "man3", name));
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(text));
    }
}
