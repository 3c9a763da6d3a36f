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
    [InlineData("foo_group_init", "foo_group_t", "Group", false, "Init")]
    [InlineData("foo_group_perform", "foo_group_t", "Group", false, "Perform")]
    [InlineData("curl_easy_init", "CURL", "Easy", true, "Init")]
    [InlineData("curl_multi_add_handle", "CURLM", "Multi", false, "AddHandle")]
    [InlineData("curl_url", "CURLU", "Url", true, "Create")]
    [InlineData("curl_url_dup", "CURLU", "Url", false, "Dup")]
    [InlineData("curl_slist_append", "curl_slist", "Slist", true, "Append")]
    [InlineData("curl_easy_escape", "CURL", "Easy", false, "Escape")]
    public void Methods_lose_the_handle_prefix_by_type_or_class_name(string cName, string owner, string className, bool factory, string expected)
    {
        var names = new SafeNames(new GeneratorOptions { Library = "x" }, ["curl_easy_init", "curl_easy_perform", "curl_url", "foo_group_init", "curl_slist_append"]);
        var withFoo = new SafeNames(new GeneratorOptions { Library = "x", Include = ["foo_*", "curl_*"] });

        Assert.Equal(expected, (cName.StartsWith("foo", StringComparison.Ordinal) ? withFoo : names).Method(cName, owner, className, factory));
    }

    [Theory]
    [InlineData("curl_slist", "Slist")]
    [InlineData("foo_group_t", "Group")]
    [InlineData("CURL_SSL_BACKEND", "SslBackend")]
    [InlineData("sqlite3_stmt", "Stmt")]
    [InlineData("sqlite3", "Sqlite3")]
    [InlineData("uv_loop_s", "Loop")]
    public void Type_names_are_PascalCase_without_the_library_prefix_or_tag(string cName, string expected)
    {
        var prefixes = new BindingForge.Model.CNamePrefixes(["sqlite3_*", "curl_*", "foo_*", "uv_*"], []);

        Assert.Equal(expected, prefixes.TypeName(cName));
    }

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
