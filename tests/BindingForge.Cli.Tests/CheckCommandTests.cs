namespace BindingForge.Cli.Tests;

public sealed class CheckCommandTests
{
    [Theory]
    [InlineData("contracts/sqlite3.yaml")]
    [InlineData("contracts/zlib.yaml")]
    public void The_real_contracts_are_clean(string contract)
    {
        var run = CliRunner.Invoke("check", Path.Combine(CliRunner.RepoRoot, contract));
        var verbose = CliRunner.Invoke("check", Path.Combine(CliRunner.RepoRoot, contract), "-v");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("error", run.Error);

        // The API record is committed next to the contract and matches the headers of this machine.
        Assert.True(File.Exists(Path.Combine(CliRunner.RepoRoot, contract.Replace(".yaml", ".api.txt", StringComparison.Ordinal))));
        Assert.DoesNotContain(" BF25", verbose.Error);
    }

    [Fact]
    public void A_broken_contract_fails_at_the_yaml_line_without_a_stack_trace()
    {
        var path = Path.Combine(CliRunner.TempDir(), "broken.yaml");
        File.WriteAllText(path, """
            bindingforge: 1
            library:
              name: sqlite3
              headers: [sqlite3.h]
            functions:
              sqlite3_opne:
                leaf: true
              sqlite3_close:
                params:
                  arg0: { nullabel: true }
            """);

        var run = CliRunner.Invoke("check", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.yaml(6,3): error BF2101: `sqlite3_opne` is not a function of the header (did you mean `sqlite3_open`?)", run.Error);
        Assert.Matches(@"broken\.yaml\(10,\d+\): error BF2010: unknown key `nullabel`", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Error_state_mistakes_are_reported_at_their_yaml_line()
    {
        var path = Path.Combine(CliRunner.TempDir(), "errors.yaml");
        File.WriteAllText(path, """
            bindingforge: 1
            library:
              name: sqlite3
              headers: [sqlite3.h]
            handles:
              sqlite3: { release: sqlite3_close_v2, threading: free-threaded }
              sqlite3_stmt: { release: sqlite3_finalize, parent: sqlite3 }
            errors:
              rc:
                type: int
                success: [SQLITE_OK, SQLITE_ROW, SQLITE_DONE]
                message: sqlite3_errmsg
                code: sqlite3_errstr
                lock: { mutex: sqlite3_db_mutex, enter: sqlite3_close, leave: sqlite3_mutex_leave }
            functions:
              sqlite3_step: { returns: { error: rc }, recover: sqlite3_finalize }
              sqlite3_column_text: { returns: { string: utf8, borrowed: true, null_may_be_error: rc } }
            """);

        var run = CliRunner.Invoke("check", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("errors.yaml(13,11): error BF2120: `code` must take the handle", run.Error);
        Assert.Contains("errors.yaml(14,45): error BF2120: `sqlite3_close` must take the mutex", run.Error);
        Assert.Matches(@"errors\.yaml\(16,\d+\): error BF2123: `recover: sqlite3_finalize`", run.Error);
        Assert.Matches(@"errors\.yaml\(17,\d+\): error BF2122: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bindingforge: 1\nlibrary: [unclosed\n")]
    [InlineData("\0\u0001\u0002binary")]
    public void Malformed_files_are_rejected_with_a_code(string text)
    {
        var path = Path.Combine(CliRunner.TempDir(), "bad.yaml");
        File.WriteAllText(path, text);
        var run = CliRunner.Invoke("check", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"bad\.yaml\(\d+,\d+\): error BF2\d{3}: ", run.Error);
    }

    [Fact]
    public void Generate_takes_its_settings_from_a_contract()
    {
        var outDir = Path.Combine(CliRunner.TempDir(), "out");
        var run = CliRunner.Invoke("generate", Path.Combine(CliRunner.RepoRoot, "contracts", "zlib.yaml"), "--style", "thin", "--out", outDir);
        Assert.True(run.ExitCode == 0, run.Error);
        var native = File.ReadAllText(Path.Combine(outDir, "ZlibNative.cs"));
        Assert.Contains("namespace BindingForge.Zlib;", native);
        Assert.Contains("public const string LibraryName = \"z\";", native);
    }

    [Fact]
    public void Emit_model_writes_the_bound_model_as_json()
    {
        var dir = CliRunner.TempDir();
        var modelFile = Path.Combine(dir, "model.json");
        var run = CliRunner.Invoke("generate", Path.Combine(CliRunner.RepoRoot, "contracts", "zlib.yaml"), "--style", "safe",
            "--out", Path.Combine(dir, "out"), "--emit-model", modelFile, "--quiet");
        Assert.True(run.ExitCode == 0, run.Error);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(modelFile));
        var functions = json.RootElement.GetProperty("Header").GetProperty("Functions").EnumerateArray().ToArray();
        var deflateInit = functions.Single(f => f.GetProperty("Name").GetString() == "deflateInit_");
        Assert.Equal("TypedefRef", deflateInit.GetProperty("Parameters")[0].GetProperty("Type").GetProperty("kind").GetString());
        var handles = json.RootElement.GetProperty("Contract").GetProperty("Structs").EnumerateArray().Select(s => s.GetProperty("CTypeName").GetString());
        Assert.Contains("z_stream", handles);
    }
}
