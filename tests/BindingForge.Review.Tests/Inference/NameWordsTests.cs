using BindingForge.Review.Inference.Analysis;

namespace BindingForge.Review.Tests.Inference;

public sealed class NameWordsTests
{
    [Theory]
    [InlineData("XML_ParserCreate", "xml parser create")]
    [InlineData("clang_disposeCXCursorSet", "clang dispose cx cursor set")]
    [InlineData("sqlite3_close_v2", "sqlite3 close v2")]
    [InlineData("gzclose", "gz close")]
    [InlineData("BZ2_bzopen", "bz2 bz open")]
    [InlineData("inflateEnd", "inflate end")]
    [InlineData("reopen", "reopen")]
    public void Names_split_into_words(string name, string words) =>
        Assert.Equal(words, string.Join(' ', NameWords.Of(name).Words));

    [Fact]
    public void Stems_ignore_the_verb_and_variant_markers()
    {
        var open = NameWords.Of("sqlite3_open_v2");
        var close = NameWords.Of("sqlite3_close_v2");

        Assert.Equal(open.StemWithout(open.IndexOfVerb(Verbs.Acquire)).ToArray(), close.StemWithout(close.IndexOfVerb(Verbs.Release)).ToArray());
    }
}
