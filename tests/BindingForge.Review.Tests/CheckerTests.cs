using BindingForge.Contracts;
using BindingForge.Contracts.Tests;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using BindingForge.Review.Checking;
using static BindingForge.Contracts.Tests.ContractTestKit;

namespace BindingForge.Review.Tests;

/// <summary>The <c>bindingforge check</c> flow: load, parse headers, bind; and the library section as options.</summary>
public sealed class CheckerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bf-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "contract.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Clean_contract_checks_with_exit_code_0()
    {
        var result = ContractChecker.Check(Write(Prefix + "handles:\n  db: { release: db_close }\n"), TestHeader.Model);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("db", Assert.Single(result.Contract!.Handles).CTypeName);
    }

    [Fact]
    public void Errors_give_exit_code_1_and_editor_friendly_text()
    {
        var path = Write(Prefix + "functions:\n  db_opne: {}\n");

        var result = ContractChecker.Check(path, TestHeader.Model);

        Assert.Equal(1, result.ExitCode);
        var text = Assert.Single(result.Diagnostics).ToString();
        Assert.StartsWith($"{path}(6,3): error BF2101: `db_opne` is not a function of the header", text);
    }

    [Fact]
    public void Load_and_bind_errors_are_reported_together()
    {
        var result = ContractChecker.Check(Write(Prefix + "handles:\n  db: { relase: db_close }\nfunctions:\n  db_opne: {}\n"), TestHeader.Model);

        Assert.Equal(["BF2010", "BF2101"], result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_file_that_is_not_a_contract_stops_before_the_headers()
    {
        var calls = 0;
        var checker = new ContractChecker(_ => { calls++; return new ParsedHeaders(TestHeader.Model, []); });

        var result = checker.Check(Write("library: [unclosed\n"));

        Assert.Equal("BF2001", Assert.Single(result.Diagnostics).Id);
        Assert.Equal(0, calls);
        Assert.Null(result.Contract);
    }

    [Fact]
    public void Header_errors_are_reported_and_binding_is_skipped()
    {
        var headerError = new Diagnostic("BF1003", DiagnosticSeverity.Error, "unknown type name", new SourceLocation("test.h", 3, 1));
        var checker = new ContractChecker(_ => new ParsedHeaders(Model.Header.HeaderModel.Empty, [headerError]));

        var result = checker.Check(Write(Prefix + "functions:\n  db_open: {}\n"));

        Assert.Equal([headerError], result.Diagnostics);
        Assert.Null(result.Contract);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Library_section_maps_to_plain_options()
    {
        var path = Write("""
            library:
              name: testlib
              headers: [test.h]
              include_dirs: [inc, /opt/include]
              defines: [FOO=1]
              namespace: My.Ns
              class: Test
              select: { include: ["db_*"], exclude: ["db_hook"] }
            """);
        LibraryOptions? seen = null;
        var checker = new ContractChecker(options => { seen = options; return new ParsedHeaders(TestHeader.Model, []); });

        checker.Check(path);

        Assert.NotNull(seen);
        Assert.Equal(("testlib", "My.Ns", "Test", path), (seen.Library, seen.Namespace, seen.ClassName, seen.ContractPath));
        Assert.Equal(["test.h"], seen.Headers.ToArray());
        Assert.Equal([Path.Combine(_folder, "inc"), "/opt/include"], seen.IncludeDirs.ToArray());
        Assert.Equal(["FOO=1"], seen.Defines.ToArray());
        Assert.Equal(["db_*"], seen.Include.ToArray());
        Assert.Equal(["db_hook"], seen.Exclude.ToArray());
    }

    [Fact]
    public void Unstated_options_are_null_or_empty()
    {
        var options = LibraryOptions.FromDocument(Load(Prefix).Document!);

        Assert.Null(options.Namespace);
        Assert.Null(options.ClassName);
        Assert.True(options.IncludeDirs.IsEmpty && options.Defines.IsEmpty && options.Include.IsEmpty && options.Exclude.IsEmpty);
    }
}
