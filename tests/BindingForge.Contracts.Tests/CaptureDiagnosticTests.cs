using System.Diagnostics;
using System.Text;
using static BindingForge.Contracts.Tests.ContractTestKit;

namespace BindingForge.Contracts.Tests;

/// <summary>Every capture mistake is a coded diagnostic at the YAML line and column, never an exception.</summary>
public sealed class CaptureDiagnosticTests
{
    [Fact]
    public void Yaml_syntax_error_is_BF2001_at_the_bad_token()
    {
        var diagnostics = Load(Prefix + "handles:\n  db: { class: Database\n").Diagnostics;

        var diagnostic = Single(diagnostics, "BF2001", 7, 1);
        Assert.DoesNotContain("Line:", diagnostic.Message);
    }

    [Theory]
    [InlineData("\n", 6, 24)]
    [InlineData("\r\n", 6, 24)]
    [InlineData("\u2028", 6, 24)]
    public void A_file_cut_mid_mapping_is_BF2001_just_after_its_last_character_not_on_a_line_it_lacks(string lineBreak, int line, int column)
    {
        // The scanner ends the stream with a line break of its own and reports the line after it; found by the fuzz target.
        var text = (Prefix + "handles:\n  db: { class: Database").Replace("\n", lineBreak, StringComparison.Ordinal);

        Single(Load(text).Diagnostics, "BF2001", line, column);
    }

    [Fact]
    public void Bad_indentation_is_BF2001()
    {
        var diagnostics = Load("library:\n  name: x\n headers: [a.h]\n").Diagnostics;

        Assert.Single(diagnostics);
        Single(diagnostics, "BF2001", 3, 2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Empty_file_is_BF2002(string text)
    {
        var (document, diagnostics) = Load(text);

        Assert.Null(document);
        Single(diagnostics, "BF2002", 1, 1);
    }

    [Fact]
    public void Comments_only_file_is_BF2002()
    {
        var (document, diagnostics) = Load("# nothing here\n# at all\n");

        Assert.Null(document);
        Assert.Equal("BF2002", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Nul_bytes_are_BF2003_at_the_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("library:\n  na\0me: x\n");

        var (document, diagnostics) = ContractLoader.LoadBytes(bytes, TestPath);

        Assert.Null(document);
        Single(diagnostics, "BF2003", 2, 5);
    }

    [Fact]
    public void Utf16_text_is_BF2003()
    {
        var bytes = Encoding.Unicode.GetBytes("library:\n  name: x\n");

        var diagnostics = ContractLoader.LoadBytes(bytes, TestPath).Diagnostics;

        Assert.Single(diagnostics);
        Single(diagnostics, "BF2003", 1, 2);
    }

    [Fact]
    public void Invalid_utf8_is_BF2003_at_the_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("library:\n  name: \u00e9x"), 0xC3, 0x28, .. "\n"u8];

        var (document, diagnostics) = ContractLoader.LoadBytes(bytes, TestPath);

        Assert.Null(document);
        Single(diagnostics, "BF2003", 2, 11);
    }

    [Fact]
    public void Random_binary_is_rejected_without_an_exception()
    {
        var random = new Random(1234);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            var result = ContractLoader.LoadBytes(bytes, TestPath);
            Assert.True(result.HasErrors);
        }
    }

    [Fact]
    public void A_utf8_bom_is_accepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Prefix)];

        Assert.Empty(ContractLoader.LoadBytes(bytes, TestPath).Diagnostics);
    }

    [Fact]
    public void Alias_bomb_is_BF2004_at_the_first_alias_and_fast()
    {
        var bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
            bomb.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");

        var watch = Stopwatch.StartNew();
        var (document, diagnostics) = Load(bomb.ToString());
        watch.Stop();

        Assert.Null(document);
        Single(diagnostics, "BF2004", 2, 10);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Merge_keys_need_aliases_and_are_BF2004()
    {
        var text = Prefix + "base: &b { release: db_close }\nhandles:\n  db:\n    <<: *b\n";

        Single(Load(text).Diagnostics, "BF2004", 8, 9);
    }

    [Fact]
    public void Deep_nesting_is_BF2005()
    {
        var text = new string('[', 500) + new string(']', 500);

        var (document, diagnostics) = Load(text);

        Assert.Null(document);
        Assert.Single(diagnostics);
        Single(diagnostics, "BF2005", 1, 66);
    }

    [Fact]
    public void Oversized_input_is_BF2005()
    {
        var bytes = new byte[5 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)' ');

        Single(ContractLoader.LoadBytes(bytes, TestPath).Diagnostics, "BF2005", 1, 1);
    }

    [Fact]
    public void Second_document_is_BF2006()
    {
        Single(Load(Prefix + "---\nlibrary: {}\n").Diagnostics, "BF2006", 5, 1);
    }

    [Fact]
    public void Unsupported_version_is_BF2007_at_the_value()
    {
        var diagnostic = Single(Load("bindingforge: 2\nlibrary: { name: x, headers: [a.h] }\n").Diagnostics, "BF2007", 1, 15);

        Assert.Contains("bindingforge: 1", diagnostic.Message);
    }

    [Fact]
    public void Unknown_key_is_BF2010_at_the_key_with_a_suggestion()
    {
        var diagnostic = Single(Load(Prefix + "handles:\n  db:\n    relase: db_close\n").Diagnostics, "BF2010", 7, 5);

        Assert.Contains("did you mean `release`", diagnostic.Message);
    }

    [Fact]
    public void Unknown_top_level_key_is_BF2010()
    {
        var diagnostic = Single(Load(Prefix + "function:\n  db_open: {}\n").Diagnostics, "BF2010", 5, 1);

        Assert.Contains("did you mean `functions`", diagnostic.Message);
    }

    [Fact]
    public void Skip_on_a_parameter_is_an_unknown_key()
    {
        var text = Prefix + "functions:\n  db_open:\n    params:\n      path: { skip: true }\n";

        Single(Load(text).Diagnostics, "BF2010", 8, 15);
    }

    [Theory]
    [InlineData("handles:\n  db:\n    threading: [exclusive]\n", 7, 16)]
    [InlineData("handles:\n  db:\n    release: { fn: db_close }\n", 7, 14)]
    [InlineData("handles: [db]\n", 5, 10)]
    [InlineData("functions:\n  db_version:\n    leaf: yes\n", 7, 11)]
    [InlineData("functions:\n  db_version:\n    leaf: \"true\"\n", 7, 11)]
    [InlineData("errors:\n  rc:\n    type: int\n    success: OK\n", 8, 14)]
    [InlineData("errors:\n  rc:\n    type: int\n    success: [OK, \"1 + 1\"]\n", 8, 19)]
    [InlineData("functions:\n  db_open:\n    params:\n      path: { length: { fixed: -1 } }\n", 8, 32)]
    public void Wrong_value_kind_is_BF2011_at_the_value(string body, int line, int column)
    {
        Single(Load(Prefix + body).Diagnostics, "BF2011", line, column);
    }

    [Theory]
    [InlineData("handles:\n  db:\n    threading: exclusiv\n", 7, 16, "did you mean `exclusive`")]
    [InlineData("handles:\n  db:\n    release_on: main-thread\n", 7, 17, "any, creating-thread")]
    [InlineData("functions:\n  db_open:\n    params:\n      out: { out: own }\n", 8, 19, "owned, borrowed, caller-allocates")]
    [InlineData("functions:\n  db_open:\n    params:\n      path: { string: utf-8 }\n", 8, 23, "did you mean `utf8`")]
    [InlineData("functions:\n  compress:\n    params:\n      dest: { array: output }\n", 8, 22, "in, out, inout")]
    [InlineData("functions:\n  db_exec:\n    params:\n      cb: { callback: { scope: once } }\n", 8, 32, "call, async, notified, forever")]
    [InlineData("functions:\n  db_version:\n    status: checked\n", 7, 13, "inferred, reviewed")]
    public void Invalid_enum_value_is_BF2012_at_the_value(string body, int line, int column, string expected)
    {
        var diagnostic = Single(Load(Prefix + body).Diagnostics, "BF2012", line, column);

        Assert.Contains(expected, diagnostic.Message);
    }

    [Fact]
    public void Missing_library_is_BF2013()
    {
        Single(Load("bindingforge: 1\nhandles: {}\n").Diagnostics, "BF2013", 1, 1);
    }

    [Fact]
    public void Missing_library_name_and_headers_are_BF2013_at_the_section_key()
    {
        var diagnostics = Load("library:\n  class: X\n").Diagnostics;

        Assert.Equal(2, diagnostics.Count(d => d.Id == "BF2013" && d.Location.Line == 1 && d.Location.Column == 1));
    }

    [Fact]
    public void Notified_callback_without_scope_is_BF2013()
    {
        var text = Prefix + "functions:\n  db_hook:\n    params:\n      cb: { callback: { user_data: arg } }\n";

        Single(Load(text).Diagnostics, "BF2013", 8, 13);
    }

    [Fact]
    public void Duplicate_key_is_BF2014_at_the_second_key()
    {
        var (document, diagnostics) = Load(Prefix + "handles:\n  db: { class: A }\n  db: { class: B }\n");

        Single(diagnostics, "BF2014", 7, 3);
        Assert.Equal("A", Assert.Single(document!.Handles).Class!.Value);
    }

    [Theory]
    [InlineData("handles:\n  db: { class: 2Database }\n", 6, 16)]
    [InlineData("handles:\n  db: { class: class }\n", 6, 16)]
    [InlineData("functions:\n  db_version: { name: Get-Version }\n", 6, 23)]
    public void Invalid_identifier_is_BF2015(string body, int line, int column)
    {
        Single(Load(Prefix + body).Diagnostics, "BF2015", line, column);
    }

    [Fact]
    public void Invalid_namespace_is_BF2015()
    {
        Single(Load("library: { name: x, headers: [a.h], namespace: My..Ns }\n").Diagnostics, "BF2015", 1, 48);
    }

    [Theory]
    [InlineData("library: { name: \"sq*lite\", headers: [a.h] }\n", 1, 18)]
    [InlineData("library: { name: \"z\\\"} .*\", headers: [a.h] }\n", 1, 18)]
    [InlineData("library: { name: \"/opt/*/libz.so\", headers: [a.h] }\n", 1, 18)]
    [InlineData("library: { name: z, headers: [\"a\\\"b.h\"] }\n", 1, 31)]
    [InlineData("library: { name: z, headers: [\"a\\nb.h\"] }\n", 1, 31)]
    public void A_library_name_or_header_that_is_not_plain_is_BF2016_at_its_place(string text, int line, int column)
    {
        Single(Load(text).Diagnostics, "BF2016", line, column);
    }

    [Theory]
    [InlineData("sqlite3")]
    [InlineData("stdc++")]
    [InlineData("gtk-4.0")]
    [InlineData("/opt/my libs/libfoo.so.1")]
    public void A_plain_library_name_or_path_is_accepted(string name)
    {
        Assert.DoesNotContain(Load($"library: {{ name: \"{name}\", headers: [a.h] }}\n").Diagnostics, d => d.Id == "BF2016");
    }

    [Theory]
    [InlineData("bindingforge: 1\nlibrary:\n  name: z\n  headers: [zlib.h]\n\tfoo: 1\n", 5, 1)]
    [InlineData("bindingforge: 1\nlibrary:\n  name: z\n\theaders: [zlib.h]\n", 4, 1)]
    [InlineData("bindingforge: 1\nlibrary: [a, b\nfunctions: {}\n", 2, 11)]
    public void A_YAML_syntax_error_is_reported_where_the_text_goes_wrong(string text, int line, int column)
    {
        Single(Load(text).Diagnostics, "BF2001", line, column);
    }

    [Theory]
    [InlineData("-Xclang")]
    [InlineData("-fplugin=/tmp/evil.so")]
    [InlineData("@/tmp/more-args")]
    [InlineData("-o")]
    [InlineData("-MF/tmp/x")]
    [InlineData("-std=c17 -fplugin=x.so")]
    [InlineData("-include/etc/passwd")]
    public void A_clang_argument_that_could_run_code_or_touch_files_is_BF2017(string argument)
    {
        Single(Load($"library: {{ name: z, headers: [a.h], clang_args: [\"{argument}\"] }}\n").Diagnostics, "BF2017", 1, 50);
    }

    [Theory]
    [InlineData("-std=gnu17")]
    [InlineData("-fms-extensions")]
    [InlineData("--target=x86_64-linux-gnu")]
    [InlineData("-DFROM_CONTRACT=1")]
    [InlineData("-Wno-everything")]
    [InlineData("-w")]
    public void A_language_or_target_option_is_a_clang_argument_a_contract_may_pass(string argument)
    {
        Assert.Empty(Load($"library: {{ name: z, headers: [a.h], clang_args: [\"{argument}\"] }}\n").Diagnostics);
    }
}
