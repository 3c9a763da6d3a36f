namespace BindingForge.Cli.Tests;

/// <summary>
/// <c>diff</c> over two versions of tests/native/variadic.yaml: a variadic function's forms are paired by their place
/// in <c>forms:</c>, so a narrowed option family or a form with other arguments shows as breaking, at its line.
/// </summary>
public sealed class FormDiffTests
{
    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text.Replace("include_dirs: [.]", $"include_dirs: [\"{Path.Combine(CliRunner.RepoRoot, "tests", "native")}\"]", StringComparison.Ordinal));
        return path;
    }

    [Fact]
    public void A_narrowed_option_family_and_a_form_with_fewer_arguments_are_breaking()
    {
        var folder = CliRunner.TempDir();
        var original = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "tests", "native", "variadic.yaml"));
        var changed = original
            .Replace("values: [BF_OPT_LEVEL, BF_OPT_RETRIES]", "values: [BF_OPT_LEVEL]", StringComparison.Ordinal)
            .Replace("\"int bf_vsum(int count, int a, int b, int c)\"", "\"int bf_vsum(int count, int a, int b)\"", StringComparison.Ordinal);
        Assert.NotEqual(original, changed);

        var run = CliRunner.Invoke("diff", Write(folder, "old.yaml", original), Write(folder, "new.yaml", changed), "--fail-on", "breaking");

        Assert.Equal(2, run.ExitCode); // --fail-on breaking
        Assert.Contains("**2 breaking**", run.Output);
        Assert.Contains("**`bf_settings_config` form 1** (`Settings.Set`): options [BF_OPT_LEVEL, BF_OPT_RETRIES] as `SettingsIntOption` → [BF_OPT_LEVEL] as `SettingsIntOption`", run.Output);
        Assert.Contains("**`bf_vsum`** (`Variadic.BfVsum`): the C function now takes 3 parameter(s) instead of 4", run.Output);
    }

    [Fact]
    public void A_new_form_is_additive()
    {
        var folder = CliRunner.TempDir();
        var original = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "tests", "native", "variadic.yaml"));
        var changed = original.Replace(
            "      - signature: \"int bf_vsum(int count, int a, int b, int c)\"",
            "      - signature: \"int bf_vsum(int count, int a, int b, int c)\"\n      - signature: \"int bf_vsum(int count, int a)\"\n        name: SumOne",
            StringComparison.Ordinal);

        var run = CliRunner.Invoke("diff", Write(folder, "old.yaml", original), Write(folder, "new.yaml", changed));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("`bf_vsum` form 2", run.Output);
        Assert.Contains("new form (int, int)", run.Output);
    }

    [Fact]
    public void A_global_that_loses_its_setter_is_breaking_and_a_new_global_additive()
    {
        var folder = CliRunner.TempDir();
        var original = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "tests", "native", "globals.yaml"));
        var changed = original
            .Replace("bf_g_counter: { settable: true, name: Counter, status: reviewed }", "bf_g_counter: { name: Counter, status: reviewed }", StringComparison.Ordinal)
            + "  bf_g_sample_count: { name: SampleCount }\n";
        Assert.NotEqual(original, changed);

        var run = CliRunner.Invoke("diff", Write(folder, "old.yaml", original), Write(folder, "new.yaml", changed));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("**global `bf_g_counter`** (`Counter`): settable → read-only", run.Output);
        Assert.Contains("**global `bf_g_sample_count`** (`SampleCount`): new property of the library class", run.Output);
    }
}
