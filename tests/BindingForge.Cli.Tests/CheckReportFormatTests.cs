using System.Text.Json;
using NJsonSchema;

namespace BindingForge.Cli.Tests;

/// <summary>
/// <c>check</c> reports drift and coverage, fails on them under <c>--strict</c>, and writes text, JSON and SARIF 2.1.0 that code
/// scanning can put on the YAML line.
/// </summary>
public sealed class CheckReportFormatTests
{
    private static string Sqlite => Path.Combine(CliRunner.RepoRoot, "contracts", "sqlite3.yaml");

    private static string Broken()
    {
        var path = Path.Combine(CliRunner.TempDir(), "broken.yaml");
        File.WriteAllText(path, """
            bindingforge: 1
            library:
              name: sqlite3
              headers: [sqlite3.h]
            functions:
              sqlite3_opne:
                params:
                  filename: { string: utf8 }
                  ppDb: { out: owned }
            """);
        return path;
    }

    [Fact]
    public async Task Sarif_output_validates_against_the_sarif_2_1_0_schema()
    {
        var run = CliRunner.Invoke("check", Sqlite, "--strict", "--format", "sarif");

        var schema = await JsonSchema.FromJsonAsync(SarifSchema.Json);
        var errors = schema.Validate(run.Output);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        using var log = JsonDocument.Parse(run.Output);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Sarif_results_point_at_the_yaml_line_with_rule_ids_and_levels()
    {
        var run = CliRunner.Invoke("check", Broken(), "--format", "sarif");

        using var log = JsonDocument.Parse(run.Output);
        var sarifRun = log.RootElement.GetProperty("runs")[0];
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var result = sarifRun.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "BF2101");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("BF2101", rules[result.GetProperty("ruleIndex").GetInt32()]);
        Assert.StartsWith("`sqlite3_opne` is not a function", result.GetProperty("message").GetProperty("text").GetString());
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("broken.yaml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal((6, 3), (physical.GetProperty("region").GetProperty("startLine").GetInt32(), physical.GetProperty("region").GetProperty("startColumn").GetInt32()));
        Assert.Contains(sarifRun.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "BF2210");
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Json_output_has_the_coverage_summary_and_categorised_diagnostics()
    {
        var run = CliRunner.Invoke("check", Sqlite, "--format", "json");

        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        var summary = root.GetProperty("summary");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.True(summary.GetProperty("pointerFunctions").GetInt32() > 100);
        Assert.Equal(summary.GetProperty("pointerFunctions").GetInt32(), summary.GetProperty("coveredFunctions").GetInt32() + summary.GetProperty("uncoveredFunctions").GetInt32());
        Assert.True(summary.GetProperty("inferredFacts").GetInt32() > 0);
        var inferred = root.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("id").GetString() == "BF2201");
        Assert.Equal(("inferred", "info"), (inferred.GetProperty("category").GetString(), inferred.GetProperty("severity").GetString()));
        Assert.EndsWith("sqlite3.yaml", inferred.GetProperty("file").GetString());
    }

    [Fact]
    public void Strict_fails_on_inferred_facts_and_uncovered_functions_that_a_plain_check_accepts()
    {
        var plain = CliRunner.Invoke("check", Sqlite);
        var strict = CliRunner.Invoke("check", Sqlite, "--strict");

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("coverage:", plain.Output);
        Assert.Equal(1, strict.ExitCode);
        Assert.Matches(@"sqlite3\.yaml\(\d+,\d+\): error BF2201: parameter `\w+`|sqlite3\.yaml\(\d+,\d+\): error BF2201: function `\w+`", strict.Error);
        Assert.Matches(@"sqlite3\.yaml\(\d+,\d+\): error BF2200: `sqlite3_\w+` has no ownership fact", strict.Error);
    }

    [Fact]
    public void Drift_is_reported_with_the_likely_new_name()
    {
        var run = CliRunner.Invoke("check", Broken());

        Assert.Matches(@"broken\.yaml\(6,3\): warning BF2210: `sqlite3_opne` no longer matches the header: .* `sqlite3_open` takes the same parameters", run.Error);
    }

    [Fact]
    public void Reports_can_be_written_to_a_file()
    {
        var file = Path.Combine(CliRunner.TempDir(), "report.sarif");

        var run = CliRunner.Invoke("check", Sqlite, "--format", "sarif", "--output", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        using var log = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal("bindingforge", log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
    }
}
