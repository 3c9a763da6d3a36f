using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Tests.Safe;

public sealed class SafeNamesTests
{
    private static readonly SafeNames Sqlite = new(new GeneratorOptions { Library = "sqlite3", Include = ["sqlite3_*", "SQLITE_*"] });

    [Theory]
    [InlineData("sqlite3_bind_int", "sqlite3_stmt", "BindInt")]
    [InlineData("sqlite3_stmt_readonly", "sqlite3_stmt", "Readonly")]
    [InlineData("sqlite3_backup_step", "sqlite3_backup", "Step")]
    [InlineData("sqlite3_open_v2", "sqlite3", "OpenV2")]
    [InlineData("sqlite3_libversion", null, "Libversion")]
    public void Methods_drop_the_library_and_handle_prefixes(string cName, string? owner, string expected) =>
        Assert.Equal(expected, Sqlite.Method(cName, owner));

    [Theory]
    [InlineData("mylib")]
    [InlineData("curl")]
    [InlineData("libcurl-gnutls")]
    public void Names_do_not_depend_on_the_library_name(string library)
    {
        var names = new SafeNames(new GeneratorOptions { Library = library }, ["curl_easy_init", "curl_easy_perform", "curl_url", "Curl_internal"]);

        Assert.Equal(("EasyInit", "Url", "EasyPerform"), (names.Method("curl_easy_init", null), names.Method("curl_url", null), names.Method("curl_easy_perform", null)));
        Assert.Equal("CurlInternal", names.Method("Curl_internal", null));
    }

    [Theory]
    [InlineData("deflateInit_", "DeflateInit")]
    [InlineData("crc32_z", "Crc32Z")]
    [InlineData("3d_point", "N3dPoint")]
    [InlineData("class", "Class")]
    public void Pascal_case_is_a_valid_identifier(string text, string expected) => Assert.Equal(expected, SafeNames.Pascal(text));

    [Theory]
    [InlineData("Z", "z")]
    [InlineData("zSql", "zSql")]
    [InlineData("out", "@out")]
    public void Parameters_start_lower_case_and_escape_keywords(string cName, string expected) => Assert.Equal(expected, SafeNames.Parameter(cName));
}
