using static BindingForge.Contracts.Tests.ContractTestKit;

namespace BindingForge.Contracts.Tests;

/// <summary>
/// The error-state facts (errors: code, code_text, lock; returns: null_may_be_error, null_code, error_parent;
/// functions: recover, error_lock) bind to the header's functions, and each mistake is its BF212x at the YAML line.
/// </summary>
public sealed class ErrorStateBindTests
{
    private const string Domain = """
        handles:
          db: { release: db_close, threading: free-threaded }
          stmt: { release: stmt_finalize, parent: db }
          backup: { release: backup_finish, parent: db }
        errors:
          rc:
            type: int
            success: [OK, ROW, DONE]
            message: db_errmsg
            code: db_errcode
            code_text: err_str
            lock: { mutex: db_mutex, enter: mutex_enter, leave: mutex_leave }

        """;

    private static void ExpectAt(string body, string id, string needle)
    {
        var (line, column) = Position(Prefix + body, needle);
        Single(Bind(body).Diagnostics, id, line, column);
    }

    [Fact]
    public void The_facts_bind_to_the_header_functions()
    {
        var contract = BindClean(Domain + """
            functions:
              stmt_step: { returns: { error: rc }, recover: stmt_reset }
              stmt_text: { returns: { string: utf8, borrowed: true, nullable: true, null_may_be_error: { error: rc, codes: [NOMEM] } } }
              stmt_expand: { returns: { string: utf8, owned: { free: db_free }, null_is_error: true, null_code: NOMEM } }
              backup_init: { returns: { owned: true, parent: [dst, src], error_parent: dst }, error_lock: false }

            """);

        var rc = contract.FindError("rc")!;
        Assert.Equal(("db_errcode", "err_str"), (rc.Code?.Name, rc.CodeText?.Name));
        Assert.Equal(("db_mutex", "mutex_enter", "mutex_leave"), (rc.Lock?.Mutex?.Name, rc.Lock?.Enter?.Name, rc.Lock?.Leave?.Name));
        Assert.Equal("stmt_reset", contract.FindFunction("stmt_step")!.Recover?.Name);
        var text = contract.FindFunction("stmt_text")!.Return;
        Assert.Equal("rc", text.NullMayBeError?.Name);
        Assert.Equal([7], text.NullErrorCodes.Select(c => (long)c.Value));
        Assert.Equal(7, (long)contract.FindFunction("stmt_expand")!.Return.NullCode!.Value);
        var backup = contract.FindFunction("backup_init")!;
        Assert.Equal((0, false), (backup.Return.ErrorParentParameter, backup.TakesErrorLock));
        Assert.True(contract.FindFunction("stmt_step")!.TakesErrorLock);
    }

    [Fact]
    public void Lock_handle_is_the_safe_layers_own_lock()
    {
        var contract = BindClean("handles:\n  db: { release: db_close }\nerrors:\n  rc: { type: int, success: [OK], message: db_errmsg, lock: handle }\nfunctions:\n  db_changes: { returns: { error: rc } }\n");

        Assert.True(contract.FindError("rc")!.Lock!.IsHandleLock);
    }

    [Theory]
    [InlineData("code: err_str", "err_str")]
    [InlineData("code_text: db_errcode", "db_errcode")]
    [InlineData("lock: { mutex: db_errcode, enter: mutex_enter, leave: mutex_leave }", "db_errcode")]
    [InlineData("lock: { mutex: db_mutex, enter: db_close, leave: mutex_leave }", "db_close, leave")]
    public void A_function_that_does_not_fit_its_role_is_BF2120(string fact, string needle)
    {
        ExpectAt($"handles:\n  db: {{ release: db_close }}\nerrors:\n  rc: {{ type: int, success: [OK], message: db_errmsg, {fact} }}\nfunctions:\n  db_changes: {{ returns: {{ error: rc }} }}\n", "BF2120", needle);
    }

    [Theory]
    [InlineData("lock: handle", "handle")]
    [InlineData("code: db_errcode", "db_errcode")]
    public void Error_state_without_a_handle_message_is_BF2121(string fact, string needle)
    {
        ExpectAt($"errors:\n  rc: {{ type: int, success: [OK], message: err_str, {fact} }}\nfunctions:\n  db_changes: {{ returns: {{ error: rc }} }}\n", "BF2121", needle);
    }

    [Theory]
    [InlineData("{ string: utf8, borrowed: true, null_may_be_error: rc }", "rc }")]
    [InlineData("{ string: utf8, borrowed: true, nullable: true, null_may_be_error: plain }", "plain }")]
    [InlineData("{ string: utf8, borrowed: true, null_code: NOMEM }", "NOMEM")]
    public void A_null_failure_that_cannot_be_checked_is_BF2122(string returns, string needle)
    {
        var body = Domain.Replace("errors:\n", "errors:\n  plain: { type: int, success: [OK], message: db_errmsg }\n", StringComparison.Ordinal)
            + $"functions:\n  stmt_text: {{ returns: {returns} }}\n  db_changes: {{ returns: {{ error: plain }} }}\n";
        ExpectAt(body, "BF2122", needle);
    }

    [Theory]
    [InlineData("stmt_step: { returns: { error: rc }, recover: stmt_text }", "stmt_text }")]
    [InlineData("db_version: { recover: db_close }", "db_close }")]
    [InlineData("stmt_step: { returns: { error: rc }, recover: stmt_finalize }", "stmt_finalize }")]
    public void A_recover_function_that_does_not_take_the_handle_is_BF2123(string function, string needle)
    {
        ExpectAt(Domain + $"functions:\n  {function}\n", "BF2123", needle);
    }

    [Fact]
    public void An_error_parent_that_is_no_parent_is_BF2124()
    {
        ExpectAt(Domain + "functions:\n  backup_init: { returns: { owned: true, parent: [dst], error_parent: src } }\n", "BF2124", "src }");
    }
}
