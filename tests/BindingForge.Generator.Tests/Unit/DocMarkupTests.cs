using BindingForge.Generator.CSharp;

namespace BindingForge.Generator.Tests.Unit;

/// <summary>Documentation dialects made plain text: HTML tags and entities everywhere, sqlite's markup where a comment is written in it.</summary>
public sealed class DocMarkupTests
{
    [Fact]
    public void Sqlite_markup_becomes_plain_sentences_with_the_title_first()
    {
        const string comment = """
            CAPI3REF: Configure database connections
            METHOD: sqlite3

            ^The [sqlite3_db_config()] interface changes a [database connection].
            ^(The second argument is the [SQLITE_DBCONFIG_LOOKASIDE | configuration verb].)^
            [[SQLITE_DBCONFIG_ENABLE_FKEY]] <dt>SQLITE_DBCONFIG_ENABLE_FKEY</dt>
            ^*ppStmt is left pointing to a statement.
            """;

        Assert.Equal("""
            Configure database connections.

            The sqlite3_db_config() interface changes a database connection.
            The second argument is the configuration verb.
            SQLITE_DBCONFIG_ENABLE_FKEY
            *ppStmt is left pointing to a statement.
            """, DocMarkup.Plain(comment));
    }

    [Fact]
    public void Code_in_a_sqlite_comment_keeps_its_brackets_and_operators()
    {
        const string comment = "CAPI3REF: Bits\nThe mask is a ^ b, and buf[i] holds byte i; see [sqlite3_free].";

        Assert.Equal("Bits.\nThe mask is a ^ b, and buf[i] holds byte i; see sqlite3_free.", DocMarkup.Plain(comment));
    }

    [Fact]
    public void Html_goes_everywhere_but_brackets_and_carets_stay_outside_the_sqlite_dialect()
    {
        Assert.Equal("Use [in] buffers, 2^10 bytes, bold text [x].", DocMarkup.Plain("Use [in] buffers, 2^10 bytes, <b>bold</b> text&nbsp;&#91;x&#93;."));
    }
}
