using BindingForge.Contracts;
using BindingForge.Contracts.Tests;
using BindingForge.Review.Coverage;

namespace BindingForge.Review.Tests.Coverage;

/// <summary>Entries that no longer match test.h: removed or renamed functions, changed parameter lists, gone types and functions.</summary>
public sealed class DriftTests
{
    private static IReadOnlyList<DriftFinding> Drift(string body) =>
        DriftAnalyzer.Analyze(ContractTestKit.Load(ContractTestKit.Prefix + body).Document!, TestHeader.Model);

    [Fact]
    public void A_renamed_function_is_found_by_its_parameters()
    {
        const string body = """
            functions:
              db_connect:
                params:
                  path: { string: utf8 }
                  out: { out: owned }
            """;

        var finding = Assert.Single(Drift(body));

        Assert.Equal(ContractDiagnosticIds.StaleFunction, finding.Id);
        Assert.Contains("`db_open` takes the same parameters", finding.Message);
        Assert.Equal(ContractTestKit.Position(ContractTestKit.Prefix + body, "db_connect"), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void A_parameter_that_is_gone_shows_the_new_parameter_list()
    {
        var findings = Drift("""
            functions:
              db_prepare:
                params:
                  zSql: { string: utf8 }
              compress:
                params:
                  arg1: { inout: true }
            """);

        Assert.All(findings, f => Assert.Equal(ContractDiagnosticIds.StaleParameter, f.Id));
        Assert.Contains(findings, f => f.Message.Contains("it now takes 5 parameter(s): d, sql, n, out, tail", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("parameter 1 is now named `destLen`", StringComparison.Ordinal));
    }

    [Fact]
    public void Types_and_functions_a_fact_names_that_are_gone_are_drift()
    {
        var findings = Drift("""
            handles:
              database: { release: db_close }
              db: { release: db_destroy }
            """);

        Assert.Contains(findings, f => f.Id == ContractDiagnosticIds.StaleType && f.Message.Contains("`database`", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Id == ContractDiagnosticIds.StaleReference && f.Message.Contains("`release: db_destroy`", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contract_that_matches_its_header_has_no_drift()
    {
        Assert.Empty(Drift("""
            handles:
              db: { release: db_close }
            functions:
              db_open:
                params:
                  out: { out: owned }
            """));
    }
}
