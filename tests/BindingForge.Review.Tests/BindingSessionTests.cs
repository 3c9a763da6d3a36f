using BindingForge.Clang;
using BindingForge.Contracts;
using BindingForge.Contracts.Tests;
using BindingForge.Generator.Session;
using BindingForge.Review.Coverage;
using static BindingForge.Contracts.Tests.ContractTestKit;

namespace BindingForge.Review.Tests;

/// <summary>The session every command binds through: load, parse headers, bind, each step's diagnostics kept apart; and the library section as options.</summary>
public sealed class BindingSessionTests : IDisposable
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
        var session = BindingSession.Load(Write(Prefix + "handles:\n  db: { release: db_close }\n")).WithHeader(TestHeader.Model).Bind();

        Assert.Empty(session.Diagnostics);
        Assert.Equal(0, ContractAudit.Run(session, strict: false).ExitCode);
        Assert.Equal("db", Assert.Single(session.Contract!.Handles).CTypeName);
    }

    [Fact]
    public void Errors_give_exit_code_1_and_editor_friendly_text()
    {
        var path = Write(Prefix + "functions:\n  db_opne: {}\n");

        var session = BindingSession.Load(path).WithHeader(TestHeader.Model).Bind();

        Assert.Equal(1, ContractAudit.Run(session, strict: false).ExitCode);
        var text = Assert.Single(session.Diagnostics).ToString();
        Assert.StartsWith($"{path}(6,3): error BF2101: `db_opne` is not a function of the header", text);
    }

    [Fact]
    public void Load_and_bind_errors_are_reported_together()
    {
        var session = BindingSession.Load(Write(Prefix + "handles:\n  db: { relase: db_close }\nfunctions:\n  db_opne: {}\n")).WithHeader(TestHeader.Model).Bind();

        Assert.Equal(["BF2010", "BF2101"], session.Diagnostics.Select(d => d.Id));
        Assert.Equal(["BF2010"], session.LoadDiagnostics.Select(d => d.Id));
        Assert.Equal(["BF2101"], session.BindDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_file_that_is_not_a_contract_stops_before_the_headers()
    {
        var session = BindingSession.Open(Write("library: [unclosed\n"));

        Assert.Equal("BF2001", Assert.Single(session.Diagnostics).Id);
        Assert.Null(session.Header);
        Assert.Null(session.Contract);
    }

    [Fact]
    public void Header_errors_are_reported_and_binding_is_skipped()
    {
        var session = BindingSession.Load(Write(Prefix + "functions:\n  db_open: {}\n"))
            .Read(HeaderReadRequest.ForHeaders(Path.Combine(_folder, "missing.h")))
            .Bind();

        Assert.True(session.ReadFailed);
        Assert.All(session.Diagnostics, d => Assert.StartsWith("BF1", d.Id, StringComparison.Ordinal));
        Assert.Null(session.Contract);
        Assert.Equal(1, ContractAudit.Run(session, strict: false).ExitCode);
    }

    [Fact]
    public void Flags_win_over_the_library_section_one_list_at_a_time()
    {
        var session = BindingSession.Load(Write(Prefix.Replace("  headers: [test.h]\n", "  headers: [test.h]\n  include_dirs: [/opt/include]\n  defines: [A=1]\n", StringComparison.Ordinal)));

        var request = session.HeaderRequest(new HeaderFlags(["other.h"], [], ["B=2"]));

        Assert.Equal(["other.h"], request.Headers.ToArray());
        Assert.Equal(["/opt/include"], request.IncludeDirs.ToArray());
        Assert.Equal(["B=2"], request.Defines.ToArray());
    }

    [Fact]
    public void The_files_the_parse_read_are_listed_for_a_dependency_file()
    {
        File.WriteAllText(Path.Combine(_folder, "a.h"), "#include \"b.h\"\n#include <stddef.h>\nint a(size_t n);\n");
        File.WriteAllText(Path.Combine(_folder, "b.h"), "int b(void);\n");

        var session = BindingSession.WithoutContract.Read(new HeaderReadRequest(["a.h"], [_folder], []));

        Assert.False(session.ReadFailed, string.Join("\n", session.ReadDiagnostics));
        Assert.Contains(Path.Combine(_folder, "a.h"), session.IncludedFiles);
        Assert.Contains(Path.Combine(_folder, "b.h"), session.IncludedFiles);
        Assert.Contains(session.IncludedFiles, f => Path.GetFileName(f) == "stddef.h");
        Assert.All(session.IncludedFiles, f => Assert.True(File.Exists(f), f));
        Assert.Empty(session.WithHeader(session.Header!).IncludedFiles);
    }

    [Fact]
    public void A_header_that_is_not_found_is_reported_at_the_contract_line_that_names_it()
    {
        var path = Write("bindingforge: 1\nlibrary:\n  name: x\n  headers:\n    - there_is_no_such_header.h\n");

        var session = BindingSession.Load(path).ReadHeaders();

        var error = Assert.Single(session.ReadDiagnostics, d => d.Id == "BF1002");
        Assert.Equal((path, 5, 7), (error.Location.File, error.Location.Line, error.Location.Column));
        var flagged = BindingSession.WithoutContract.Read(new HeaderReadRequest(["/there/is/none.h"], [], []));
        Assert.Equal("/there/is/none.h", Assert.Single(flagged.ReadDiagnostics, d => d.Id == "BF1002").Location.File);
    }

    [Fact]
    public void A_contracts_clang_args_reach_the_parse_and_a_flag_replaces_them()
    {
        File.WriteAllText(Path.Combine(_folder, "gated.h"), "#ifdef FROM_CONTRACT\nint from_contract(void);\n#endif\n#ifdef FROM_FLAG\nint from_flag(void);\n#endif\n");
        var path = Write("bindingforge: 1\nlibrary:\n  name: x\n  headers: [gated.h]\n  include_dirs: [.]\n  clang_args: [-DFROM_CONTRACT]\n");

        var fromContract = BindingSession.Load(path).ReadHeaders();
        var fromFlag = BindingSession.Load(path).ReadHeaders(HeaderFlags.None with { ClangArgs = ["-DFROM_FLAG"] });

        Assert.Equal(["from_contract"], fromContract.Header!.Functions.Select(f => f.Name));
        Assert.Equal(["from_flag"], fromFlag.Header!.Functions.Select(f => f.Name));
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
        var seen = BindingSession.Load(path).Library;

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
