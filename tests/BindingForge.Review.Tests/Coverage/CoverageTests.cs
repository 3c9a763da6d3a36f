using BindingForge.Contracts.Tests;
using BindingForge.Generator.Session;
using BindingForge.Model.Diagnostics;
using BindingForge.Review.Coverage;

namespace BindingForge.Review.Tests.Coverage;

/// <summary>Coverage of a contract over test.h: which pointer-bearing functions lack facts, which facts are still inferred.</summary>
public sealed class CoverageTests
{
    private const string Body = """
        handles:
          db: { release: db_close }
          stmt: { release: stmt_finalize, parent: db }
        functions:
          db_errmsg:
            returns: { string: utf8, borrowed: true, status: inferred, source: "const char return" }
          db_open:
            params:
              path: { string: utf8 }
              out: { out: owned, status: reviewed }
          stmt_expand:
            skip: "not needed"
        """;

    private static CoverageReport Analyze(string body)
    {
        var load = ContractTestKit.Load(ContractTestKit.Prefix + body);
        return CoverageAnalyzer.Analyze(load.Document!, TestHeader.Model);
    }

    [Fact]
    public void Functions_whose_pointers_all_have_facts_are_covered()
    {
        var report = Analyze(Body);

        var uncovered = report.Uncovered.Select(u => u.Name).ToHashSet();
        Assert.DoesNotContain("db_errmsg", uncovered);
        Assert.DoesNotContain("db_open", uncovered);
        Assert.DoesNotContain("stmt_expand", uncovered);   // skipped: a decision, not a gap
        Assert.DoesNotContain("db_changes", uncovered);    // its only pointer is a handle
        Assert.Equal(report.PointerFunctions - report.Uncovered.Length, report.Covered);
    }

    [Fact]
    public void Uncovered_functions_say_which_pointer_needs_a_fact()
    {
        var report = Analyze(Body);

        var errStr = Assert.Single(report.Uncovered, u => u.Name == "err_str");
        Assert.Equal(["the return (`const char *`)"], errStr.Pieces.ToArray());
        Assert.False(errStr.HasEntry);
        var prepare = Assert.Single(report.Uncovered, u => u.Name == "db_prepare");
        Assert.Contains(prepare.Pieces, p => p.StartsWith("parameter `out` (`stmt *", StringComparison.Ordinal));
        Assert.Contains("parameter `sql` (`const char *`)", prepare.Pieces);
    }

    [Fact]
    public void Facts_still_marked_inferred_are_listed_at_their_status()
    {
        var report = Analyze(Body);

        var inferred = Assert.Single(report.Inferred);
        Assert.Equal("the return of `db_errmsg`", inferred.What);
        var (line, column) = ContractTestKit.Position(ContractTestKit.Prefix + Body, "inferred");
        Assert.Equal((line, column), (inferred.Location.Line, inferred.Location.Column));
    }

    [Fact]
    public void The_selection_limits_what_coverage_counts()
    {
        var prefix = ContractTestKit.Prefix.Replace("  headers: [test.h]\n", "  headers: [test.h]\n  select: { include: [\"db_*\"] }\n", StringComparison.Ordinal);
        var report = CoverageAnalyzer.Analyze(ContractTestKit.Load(prefix + Body).Document!, TestHeader.Model);

        Assert.NotEmpty(report.Uncovered);
        Assert.All(report.Uncovered, u => Assert.StartsWith("db_", u.Name));
    }

    [Fact]
    public void Strict_turns_coverage_and_inferred_facts_into_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bf-cov-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, ContractTestKit.Prefix + Body);
        var check = BindingSession.Load(path).WithHeader(TestHeader.Model).Bind();

        var relaxed = ContractAudit.Run(check, strict: false);
        var strict = ContractAudit.Run(check, strict: true);

        Assert.Equal(0, relaxed.ExitCode);
        Assert.All(relaxed.Diagnostics.Where(d => d.Id is "BF2200" or "BF2201"), d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(strict.Diagnostics, d => d is { Id: "BF2201", Severity: DiagnosticSeverity.Error });
        Assert.Contains(strict.Diagnostics, d => d is { Id: "BF2200", Severity: DiagnosticSeverity.Error });
    }
}
