namespace BindingForge.Cli.Tests;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Sqlite3_from_flags_binds_all_public_functions()
    {
        var outDir = Path.Combine(CliRunner.TempDir(), "out");
        var run = CliRunner.Invoke("generate", "--header", "/usr/include/sqlite3.h", "--library", "sqlite3",
            "--namespace", "N", "--class", "Sqlite3", "--style", "thin", "--out", outDir);

        Assert.True(run.ExitCode == 0, run.Error);
        var native = File.ReadAllText(Path.Combine(outDir, "Sqlite3Native.cs"));
        Assert.Contains("public static unsafe partial class Sqlite3Native", native);
        var bound = native.Split('\n').Count(l => l.Contains("[LibraryImport("));
        Assert.True(bound >= 270, $"only {bound} functions bound");
        Assert.Contains("sqlite3_mprintf", run.Output + run.Error); // variadic: skipped, and the summary says so
    }

    [Fact]
    public void Verify_output_parses_the_safe_sqlite3_output_and_writes_it_when_it_declares_what_was_planned()
    {
        var outDir = Path.Combine(CliRunner.TempDir(), "out");
        var run = CliRunner.Invoke("generate", Path.Combine(CliRunner.RepoRoot, "contracts", "sqlite3.yaml"), "--style", "safe", "--out", outDir, "--verify-output");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("BF4004", run.Error);
        Assert.True(File.Exists(Path.Combine(outDir, "Statement.cs")));
    }

    [Fact]
    public void A_flexible_array_member_is_a_note_in_the_summary_not_silence()
    {
        var dir = CliRunner.TempDir();
        var header = Path.Combine(dir, "msg.h");
        File.WriteAllText(header, "struct msg { int length; char text[]; };\nvoid send(struct msg *m);\n");

        var run = CliRunner.Invoke("generate", "--header", header, "--library", "msg", "--class", "Msg", "--out", Path.Combine(dir, "out"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("flexible array msg.text: is bound as the method text(count)", run.Output);
        Assert.Contains("(BF3012)", run.Output);
        Assert.DoesNotContain("BF3012", run.Error); // an info: on stderr only with --verbose
    }

    [Fact]
    public void A_static_inline_function_gets_a_compiled_shim_in_the_output_and_a_rerun_replaces_the_folder()
    {
        var dir = CliRunner.TempDir();
        var header = Path.Combine(dir, "tiny.h");
        File.WriteAllText(header, "static inline int tiny_add(int a, int b) { return a + b; }\nint tiny_exported(int x);\n");
        var outDir = Path.Combine(dir, "out");
        string[] generate = ["generate", "--header", header, "--library", "m", "--class", "Tiny", "--out", outDir];

        var first = CliRunner.Invoke(generate);
        File.WriteAllText(header, "static inline int tiny_add(int a, int b) { return a + b; }\nstatic inline int tiny_sub(int a, int b) { return a - b; }\n");
        var second = CliRunner.Invoke(generate);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(Path.Combine(outDir, "TinyNative.shim.so"))[..4]);
        Assert.Contains("bfshim_tiny_sub", File.ReadAllText(Path.Combine(outDir, "TinyNative.Shim.c")));
    }

    [Fact]
    public void A_header_that_does_not_parse_is_an_error_at_its_line_and_writes_nothing()
    {
        var dir = CliRunner.TempDir();
        var header = Path.Combine(dir, "bad.h");
        File.WriteAllText(header, "int ok(void);\nint broken(int x;\n");
        var outDir = Path.Combine(dir, "out");

        var run = CliRunner.Invoke("generate", "--header", header, "--library", "bad", "--out", outDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"bad\.h\(2,\d+\): error BF1\d{3}: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error); // no stack trace
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void A_failed_run_leaves_the_previous_good_output_untouched()
    {
        var dir = CliRunner.TempDir();
        var header = Path.Combine(dir, "lib.h");
        File.WriteAllText(header, "/** Adds. */\nint add(int a, int b);\n");
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(0, CliRunner.Invoke("generate", "--header", header, "--library", "lib", "--class", "Lib", "--out", outDir).ExitCode);
        var before = Snapshot(outDir);

        File.WriteAllText(header, "int add(int a, int b)\n"); // missing semicolon at end of file
        var run = CliRunner.Invoke("generate", "--header", header, "--library", "lib", "--class", "Lib", "--out", outDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, Snapshot(outDir));
    }

    [Fact]
    public void A_missing_header_is_a_coded_error()
    {
        var run = CliRunner.Invoke("generate", "--header", "/nonexistent/nothing.h", "--library", "x", "--out", CliRunner.TempDir());
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"error BF1\d{3}: .*nothing\.h", run.Error);
    }

    [Fact]
    public void Missing_required_settings_are_reported_not_thrown()
    {
        var run = CliRunner.Invoke("generate", "--out", CliRunner.TempDir());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BF4", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
    }

    [Theory]
    [InlineData("--class", "my-lib")]
    [InlineData("--class", "int")]
    [InlineData("--namespace", "App.class")]
    public void A_class_or_namespace_that_is_not_a_csharp_name_is_BF4102(string flag, string value)
    {
        var run = CliRunner.Invoke("generate", "--header", "/usr/include/zlib.h", "--library", "z", flag, value, "--out", CliRunner.TempDir());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BF4102: '" + value + "'", run.Error);
    }

    [Theory]
    [InlineData("--library", "z*", "\"z*\" is not a library name")]
    [InlineData("--library", "z\"{x}", "\"z\\\"{x}\" is not a library name")]
    [InlineData("--header", "/usr/include/zlib.h\"\n#include \"x.h", "holds a quote, backslash or control character")]
    public void A_library_name_or_header_that_is_not_plain_is_BF4103_and_nothing_is_written(string flag, string value, string message)
    {
        var output = CliRunner.TempDir();
        var args = flag == "--library"
            ? new[] { "generate", "--header", "/usr/include/zlib.h", "--library", value, "--out", output }
            : ["generate", "--header", value, "--library", "z", "--out", output];
        var run = CliRunner.Invoke(args);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BF4103: ", run.Error);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void A_clang_arg_flag_reaches_the_parse()
    {
        var folder = CliRunner.TempDir();
        var header = Path.Combine(folder, "gated.h");
        File.WriteAllText(header, "#ifdef FROM_FLAG\nint from_flag(void);\n#endif\n");
        var output = Path.Combine(folder, "out");
        var run = CliRunner.Invoke("generate", "--header", header, "--library", "gated", "--namespace", "Gated", "--class", "Gated", "--clang-arg", "-DFROM_FLAG", "--out", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("from_flag()", File.ReadAllText(Path.Combine(output, "GatedNative.cs")));
    }

    private static string Snapshot(string dir) => string.Join("\n", Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(dir, f) + ":" + File.ReadAllText(f).GetHashCode()));
}
