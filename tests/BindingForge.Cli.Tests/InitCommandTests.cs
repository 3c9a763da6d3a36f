namespace BindingForge.Cli.Tests;

/// <summary>
/// <c>bindingforge init</c> drafts a contract that <c>check</c> accepts, marks every fact inferred (so
/// <c>check --strict</c> refuses it), takes its settings from flags or from a contract, and never overwrites a file
/// by accident.
/// </summary>
public sealed class InitCommandTests
{
    private const string Header = """
        typedef struct tq_queue tq_queue;

        /** Create an empty queue. Destroy it with tq_destroy(). */
        tq_queue *tq_create(const char *name);

        /** Destroy a queue. */
        void tq_destroy(tq_queue *q);

        /** Append len bytes of data. */
        int tq_push(tq_queue *q, const void *data, unsigned long len);

        /** The queue's name; it belongs to the queue. */
        const char *tq_name(tq_queue *q);

        /** Take the next message; *out receives a copy the caller must free with tq_free(). */
        int tq_pop(tq_queue *q, char **out);

        /** Free memory the library allocated. */
        void tq_free(void *p);

        /** Push a NUL-terminated string: a function-like macro, listed as a commented draft. */
        #define tq_push_text(q, text) tq_push((q), (text), sizeof(text))
        """;

    private static (string Folder, string Header) Fixture()
    {
        var folder = CliRunner.TempDir();
        var header = Path.Combine(folder, "tq.h");
        File.WriteAllText(header, Header);
        return (folder, header);
    }

    [Fact]
    public void The_draft_passes_check_and_strict_check_refuses_it_until_reviewed()
    {
        var (folder, header) = Fixture();
        var draft = Path.Combine(folder, "contracts", "tq.yaml");

        var init = CliRunner.Invoke("init", "--header", header, "--library", "tq", "--out", draft);
        var check = CliRunner.Invoke("check", draft);
        var strict = CliRunner.Invoke("check", draft, "--strict");

        Assert.True(init.ExitCode == 0, init.Error);
        var yaml = File.ReadAllText(draft);
        Assert.Contains("release: tq_destroy", yaml);
        Assert.Contains("out: owned", yaml);
        Assert.Contains("free: tq_free", yaml);
        Assert.Contains("include_dirs: [\"..\"]", yaml);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.DoesNotContain("error", check.Error);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error BF2201", strict.Error);
    }

    [Fact]
    public void Clang_arguments_reach_the_parse_and_the_draft_so_generate_parses_as_init_did()
    {
        var folder = CliRunner.TempDir();
        var header = Path.Combine(folder, "gated.h");
        File.WriteAllText(header, "#if __STDC_VERSION__ < 202000L\n#error gated.h needs C23\n#endif\ntypedef struct gq gq;\ngq *gq_open(void);\nvoid gq_close(gq *q);\n");
        var draft = Path.Combine(folder, "gated.yaml");

        var without = CliRunner.Invoke("init", "--header", header, "--library", "gated", "--out", draft);
        var init = CliRunner.Invoke("init", "--header", header, "--library", "gated", "--clang-arg", "-std=c2x", "--out", draft);
        var generate = CliRunner.Invoke("generate", draft, "--style", "safe", "--out", Path.Combine(folder, "out"));

        Assert.Equal(1, without.ExitCode);
        Assert.Contains("gated.h needs C23", without.Error);
        Assert.True(init.ExitCode == 0, init.Error);
        Assert.Contains("clang_args: [\"-std=c2x\"]", File.ReadAllText(draft));
        Assert.True(generate.ExitCode == 0, generate.Error);
        Assert.True(File.Exists(Path.Combine(folder, "out", "GatedNative.cs")));
    }

    [Fact]
    public void A_draft_over_the_contract_limits_is_refused_whole_with_one_error_and_not_written()
    {
        var folder = CliRunner.TempDir();
        var header = Path.Combine(folder, "big.h");
        var parameters = string.Join(", ", Enumerable.Range(0, 24).Select(i => $"const char *text{i}"));
        File.WriteAllLines(header, Enumerable.Range(0, 4000).Select(i => $"int big_fn_{i}({parameters});"));
        var draft = Path.Combine(folder, "big.yaml");

        var init = CliRunner.Invoke("init", "--header", header, "--library", "big", "--out", draft);

        Assert.Equal(1, init.ExitCode);
        var error = Assert.Single(init.Error.Split('\n'), line => line.Contains("BF2005"));
        Assert.Contains("--include", error);
        Assert.DoesNotContain("BF2300", init.Error);
        Assert.False(File.Exists(draft));
    }

    [Fact]
    public void Function_like_macros_are_listed_as_commented_signature_drafts_that_leave_the_draft_valid()
    {
        var (folder, header) = Fixture();
        var draft = Path.Combine(folder, "tq.yaml");
        var init = CliRunner.Invoke("init", "--header", header, "--library", "tq", "--out", draft);
        Assert.True(init.ExitCode == 0, init.Error);
        Assert.Contains("#  tq_push_text: { signature: \"T tq_push_text(T q, T text)\", status: inferred }", File.ReadAllText(draft));
        var check = CliRunner.Invoke("check", draft);
        Assert.True(check.ExitCode == 0, check.Error + check.Output);
    }

    [Fact]
    public void An_existing_file_is_kept_unless_forced()
    {
        var (folder, header) = Fixture();
        var draft = Path.Combine(folder, "tq.yaml");
        File.WriteAllText(draft, "# reviewed by hand\n");

        var refused = CliRunner.Invoke("init", "--header", header, "--out", draft);
        var forced = CliRunner.Invoke("init", "--header", header, "--out", draft, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error BF2302", refused.Error);
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("# Draft contract for tq", File.ReadAllText(draft));
    }

    [Fact]
    public void Settings_can_come_from_a_contracts_library_section()
    {
        var draft = Path.Combine(CliRunner.TempDir(), "zlib.draft.yaml");

        var init = CliRunner.Invoke("init", Path.Combine(CliRunner.RepoRoot, "contracts", "zlib.yaml"), "--out", draft);
        var check = CliRunner.Invoke("check", draft);

        Assert.True(init.ExitCode == 0, init.Error);
        var yaml = File.ReadAllText(draft);
        Assert.Contains("namespace: BindingForge.Zlib", yaml);
        Assert.Contains("exclude: [\"gzprintf\", \"gzvprintf\", \"gzopen_w\"]", yaml);
        Assert.Contains("release: gzclose", yaml);
        Assert.True(check.ExitCode == 0, check.Error);
    }

    [Fact]
    public void Without_out_the_draft_goes_to_standard_output()
    {
        var (_, header) = Fixture();

        var run = CliRunner.Invoke("init", "--header", header);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("bindingforge: 1", run.Output);
        Assert.Contains("name: tq", run.Output);
    }

    [Fact]
    public void No_header_is_a_diagnostic_not_a_crash()
    {
        var run = CliRunner.Invoke("init", "--library", "nothing");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BF4101", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
