using BindingForge.Model.Contracts;
using static BindingForge.Contracts.Tests.ContractTestKit;

namespace BindingForge.Contracts.Tests;

/// <summary>
/// The mutability fact (<c>access: read | mutate</c>) and <c>threading: readers-writer</c> bind to the test header, and
/// each misuse is reported at the YAML line: a read that ends its handle (BF2160), access on a call without a handle
/// (BF2161), a readers-writer handle nobody reads (BF2162).
/// </summary>
public sealed class AccessBindTests
{
    private const string Handles = """
        handles:
          db: { release: db_close, threading: readers-writer }
          stmt: { release: stmt_finalize, parent: db }

        """;

    private static void ExpectAt(string body, string id, string needle, string? after = null)
    {
        var (line, column) = Position(Prefix + body, needle, after);
        Single(Bind(body).Diagnostics, id, line, column);
    }

    [Fact]
    public void Access_binds_per_function_and_defaults_to_mutate()
    {
        var contract = BindClean(Handles + """
            functions:
              db_changes: { access: read }
              db_errcode: { access: mutate }
              stmt_step: {}
            """);
        Assert.Equal(HandleThreading.ReadersWriter, contract.FindHandle("db")!.Threading);
        Assert.Equal(HandleAccess.Read, contract.Functions.Single(f => f.CName == "db_changes").Access);
        Assert.Equal(HandleAccess.Mutate, contract.Functions.Single(f => f.CName == "db_errcode").Access);
        Assert.Equal(HandleAccess.Mutate, contract.Functions.Single(f => f.CName == "stmt_step").Access);
    }

    [Fact]
    public void A_read_that_releases_its_handle_is_BF2160()
    {
        ExpectAt(Handles + "functions:\n  db_changes: { access: read }\n  db_close: { access: read }\n", "BF2160", "read }\n", after: "  db_close: {");
    }

    [Fact]
    public void A_read_that_consumes_its_handle_is_BF2160()
    {
        ExpectAt(Handles + "functions:\n  db_changes: { access: read }\n  stmt_reset: { access: read, params: { s: { consumed: true } } }\n", "BF2160", "read, params");
    }

    [Fact]
    public void Access_on_a_call_without_a_handle_is_BF2161()
    {
        ExpectAt(Handles + "functions:\n  db_changes: { access: read }\n  db_version: { access: read }\n", "BF2161", "read }\n", after: "db_version");
    }

    [Fact]
    public void A_readers_writer_handle_no_call_reads_is_BF2162()
    {
        ExpectAt(Handles + "functions:\n  db_changes: { access: mutate }\n", "BF2162", "readers-writer");
    }

    [Fact]
    public void An_unknown_access_spelling_is_refused()
    {
        var (_, diagnostics) = Bind(Handles + "functions:\n  db_changes: { access: readonly }\n");
        Assert.Contains(diagnostics, d => d.IsError && d.Message.Contains("readonly", StringComparison.Ordinal));
    }
}
