using System.Text.Json;

namespace BindingForge.Cli.Tests;

/// <summary>
/// <c>bindingforge probe</c> against real libraries: bffixture's ownership API (a right and a deliberately wrong
/// contract), sqlite3 and zlib, self-driven and while the safe examples run.
/// </summary>
public sealed class ProbeCommandTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "libbffixture.so");

    [Fact]
    public void Self_driven_probe_confirms_every_fact_of_the_fixture_contract()
    {
        var report = Probe("tests/native/ownership.yaml", "--lib", Fixture);

        Assert.Equal(0, report.ExitCode);
        Assert.All(report.Facts, f => Assert.True(f.Outcome == "confirmed", $"{f.Id}: {f.Outcome}: {f.Evidence}"));
        Assert.Equal(8, report.Facts.Count);
        Assert.Contains("freed by bfo_string_free (1)", report.Fact("owned bfo_buffer_describe return").Evidence);
        Assert.Contains("not a block the call allocated", report.Fact("borrowed bfo_version return").Evidence);
        Assert.Contains("the library freed itself later", report.Fact("borrowed bfo_buffer_label return").Evidence);
        Assert.Contains("the argument's own block in 2", report.Fact("release bfo_buffer").Evidence);
    }

    [Fact]
    public void Self_driven_probe_refutes_the_deliberately_wrong_facts_at_their_lines()
    {
        var report = Probe("tests/native/ownership-wrong.yaml", "--lib", Fixture);

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("freed no heap block", report.Refuted("release bfo_buffer").Evidence);
        Assert.Contains("is not a heap block that call allocated", report.Refuted("owned bfo_version return").Evidence);
        Assert.Contains("nothing freed it, not even the release of its handle", report.Refuted("borrowed bfo_buffer_describe return").Evidence);
        Assert.Contains("bfo_buffer_close(", report.Refuted("owned bfo_buffer_new return").Evidence);
        // The driver never hands the static version string to bfo_string_free.
        Assert.Contains("bfo_string_free (skipped: not a heap block)", report.Planned);
        var refuted = report.Diagnostics.Where(d => d.Id == "BF2606").Select(d => (d.Line, d.Column)).Order().ToList();
        Assert.Equal([(16, 3), (24, 23), (26, 40), (28, 37)], refuted);
    }

    [Fact]
    public void Self_driven_probe_confirms_sqlite3_facts_it_can_call_with_the_contracts_hints()
    {
        var report = Probe("contracts/sqlite3.yaml");

        Assert.Equal(0, report.ExitCode);
        Assert.DoesNotContain(report.Facts, f => f.Outcome == "refuted");
        report.Confirmed("owned sqlite3_open ppDb", "owned sqlite3_exec errmsg", "owned sqlite3_expanded_sql return", "owned sqlite3_prepare_v2 ppStmt",
            "borrowed sqlite3_libversion return", "borrowed sqlite3_errmsg return", "release sqlite3", "release sqlite3_stmt");
        Assert.Contains("freed by sqlite3_free (1)", report.Fact("owned sqlite3_exec errmsg").Evidence);
    }

    [Fact]
    public void Trace_mode_confirms_the_sqlite3_facts_the_safe_example_exercises()
    {
        var report = Probe("contracts/sqlite3.yaml", "--", "dotnet", Example("Sqlite3Safe"));

        Assert.Equal(0, report.ExitCode);
        Assert.Equal("trace", report.Mode);
        Assert.DoesNotContain(report.Facts, f => f.Outcome == "refuted");
        report.Confirmed("owned sqlite3_open_v2 ppDb", "owned sqlite3_prepare_v2 ppStmt", "borrowed sqlite3_errmsg return",
            "borrowed sqlite3_column_text return", "release sqlite3", "release sqlite3_stmt");
        Assert.Contains("freed by sqlite3_close_v2 (1)", report.Fact("owned sqlite3_open_v2 ppDb").Evidence);
    }

    [Fact]
    public void Trace_mode_confirms_the_zlib_facts_the_safe_example_exercises()
    {
        var report = Probe("contracts/zlib.yaml", "--", "dotnet", Example("ZlibSafe"));

        Assert.Equal(0, report.ExitCode);
        Assert.DoesNotContain(report.Facts, f => f.Outcome == "refuted");
        Assert.Equal("confirmed", report.Fact("borrowed zlibVersion return").Outcome);
        var cleanup = report.Fact("cleanup z_stream deflateEnd");
        Assert.Equal("confirmed", cleanup.Outcome);
        Assert.Contains("allocated by deflateInit", cleanup.Evidence);
    }

    [Fact]
    public void Record_writes_status_verified_for_confirmed_facts_and_the_contract_still_loads()
    {
        var contract = OwnershipContractCopy(text => text);

        var run = CliRunner.Invoke("probe", contract, "--lib", Fixture, "--record");

        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(contract);
        Assert.Contains("bfo_buffer_describe:\n    returns: { string: utf8, owned: { free: bfo_string_free }, status: verified }", text);
        Assert.Contains("out: { out: owned, free: bfo_string_free, string: utf8, status: verified }", text);
        Assert.Contains("    release: bfo_buffer_free\n    threading: exclusive\n    status: verified\n", text);
        var check = CliRunner.Invoke("check", contract, "--strict");
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Equal(0, CliRunner.Invoke("probe", contract, "--lib", Fixture, "--record").ExitCode);
        Assert.Equal(text, File.ReadAllText(contract));
    }

    [Fact]
    public void A_hint_with_the_wrong_number_of_arguments_is_BF2603_at_its_line()
    {
        var contract = OwnershipContractCopy(text => text.Replace("probe: { args: [\"demo\"] }", "probe: { args: [\"demo\", 2] }", StringComparison.Ordinal));

        var line = File.ReadAllLines(contract).ToList().FindIndex(l => l.Contains("\"demo\", 2", StringComparison.Ordinal)) + 1;

        var run = CliRunner.Invoke("probe", contract, "--lib", Fixture);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"ownership\.yaml\({line},12\): error BF2603: `probe: args` of bfo_buffer_named lists 2 argument\(s\); the function has 1", run.Error);
    }

    /// <summary>tests/native/ownership.yaml copied into a temporary folder (its headers still found), edited by <paramref name="edit"/>.</summary>
    private static string OwnershipContractCopy(Func<string, string> edit)
    {
        var contract = Path.Combine(CliRunner.TempDir(), "ownership.yaml");
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "tests/native/ownership.yaml"))
            .Replace("include_dirs: [.]", $"include_dirs: [{Path.Combine(CliRunner.RepoRoot, "tests/native")}]", StringComparison.Ordinal);
        File.WriteAllText(contract, edit(text));
        return contract;
    }

    private static string Example(string name)
    {
        var bin = Path.Combine(CliRunner.RepoRoot, "examples", name, "bin");
        var dll = Directory.Exists(bin)
            ? Directory.GetFiles(bin, name + ".dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        Assert.True(dll is not null, $"examples/{name} is not built: build BindingForge.sln first");
        return dll;
    }

    private static Report Probe(string contract, params string[] rest)
    {
        var run = CliRunner.Invoke(["probe", Path.Combine(CliRunner.RepoRoot, contract), "--format", "json", .. rest]);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        return new Report(
            root.GetProperty("exitCode").GetInt32(),
            root.GetProperty("mode").GetString()!,
            [.. root.GetProperty("facts").EnumerateArray().Select(f => new FactRow(f.GetProperty("id").GetString()!, f.GetProperty("outcome").GetString()!, f.GetProperty("evidence").GetString()!))],
            [.. root.GetProperty("planned").EnumerateArray().Select(p => p.GetString()!)],
            [.. root.GetProperty("diagnostics").EnumerateArray().Select(d => new DiagnosticRow(d.GetProperty("id").GetString()!,
                d.TryGetProperty("line", out var line) ? line.GetInt32() : 0, d.TryGetProperty("column", out var column) ? column.GetInt32() : 0))]);
    }

    private sealed record FactRow(string Id, string Outcome, string Evidence);

    private sealed record DiagnosticRow(string Id, int Line, int Column);

    private sealed record Report(int ExitCode, string Mode, List<FactRow> Facts, List<string> Planned, List<DiagnosticRow> Diagnostics)
    {
        public FactRow Fact(string id) => Facts.Single(f => f.Id == id);

        public void Confirmed(params string[] ids)
        {
            foreach (var id in ids)
            {
                var fact = Fact(id);
                Assert.True(fact.Outcome == "confirmed", $"{id}: {fact.Outcome}: {fact.Evidence}");
            }
        }

        public FactRow Refuted(string id)
        {
            var fact = Fact(id);
            Assert.True(fact.Outcome == "refuted", $"{id}: {fact.Outcome}: {fact.Evidence}");
            return fact;
        }
    }
}
