using BindingForge.Model.Contracts;
using static BindingForge.Contracts.Tests.ContractTestKit;

namespace BindingForge.Contracts.Tests;

/// <summary>
/// The pool facts (handles: pool; returns and out handles: from_pool; parameters: moves_to; functions: clears;
/// callbacks: scope pool) bind to the header, and each misuse is BF2140 at the YAML line. The test header's
/// <c>db</c> plays the pool, <c>stmt</c> and <c>backup</c> what is allocated from it.
/// </summary>
public sealed class PoolBindTests
{
    private const string Handles = """
        handles:
          db: { release: db_close, pool: true }
          stmt: { release: stmt_finalize }
          backup: {}

        """;

    private static void ExpectAt(string body, string id, string needle)
    {
        var (line, column) = Position(Prefix + body, needle);
        Single(Bind(body).Diagnostics, id, line, column);
    }

    [Fact]
    public void The_facts_bind_to_the_pool_parameter()
    {
        var contract = BindClean(Handles + """
            functions:
              db_prepare: { params: { out: { out: owned, from_pool: d } } }
              backup_init: { returns: { from_pool: src } }
              db_changes: { clears: d }
              db_hook: { params: { cb: { callback: { scope: pool, user_data: arg } }, destroy: { value: 0 } } }
            """);
        Assert.True(contract.FindHandle("db")!.IsPool);
        Assert.False(contract.FindHandle("stmt")!.IsPool);
        var prepared = contract.Functions.Single(f => f.CName == "db_prepare").Parameters[3];
        Assert.Equal(0, prepared.FromPoolParameter);
        Assert.Equal(0, ((ParamShape.OutOwnedHandle)prepared.Shape!).Pool);
        var backup = contract.Functions.Single(f => f.CName == "backup_init").Return;
        Assert.Equal(1, backup.FromPoolParameter);
        Assert.Equal(1, backup.Borrowed!.OfParameter); // not owned: borrowed from the pool
        Assert.Null(((ReturnShape.Handle)backup.Shape!).Pool);
        Assert.Equal(0, contract.Functions.Single(f => f.CName == "db_changes").ClearsParameter);
    }

    [Fact]
    public void A_pool_fact_naming_a_handle_that_is_no_pool_is_BF2140()
    {
        ExpectAt(Handles + "functions:\n  stmt_step: { clears: s }\n", "BF2140", "s }");
    }

    [Fact]
    public void A_pool_fact_naming_a_scalar_is_BF2140()
    {
        ExpectAt(Handles + "functions:\n  db_close_many: { clears: force }\n", "BF2140", "force }");
    }

    [Fact]
    public void From_pool_on_a_parameter_that_is_no_out_handle_is_BF2140()
    {
        ExpectAt(Handles + "functions:\n  db_exec: { params: { sql: { string: utf8, from_pool: d } } }\n", "BF2140", "d } }");
    }

    [Fact]
    public void An_owned_text_from_a_pool_is_BF2140()
    {
        ExpectAt(Handles + "functions:\n  db_errmsg: { returns: { string: utf8, owned: { free: db_free }, from_pool: d } }\n", "BF2140", "d } }");
    }

    [Fact]
    public void A_pool_scoped_callback_on_a_call_whose_first_argument_is_no_pool_is_BF2140()
    {
        ExpectAt(Handles.Replace("pool: true", "pool: false", StringComparison.Ordinal) + "functions:\n  db_hook: { params: { cb: { callback: { scope: pool, user_data: arg } }, destroy: { value: 0 } } }\n", "BF2140", "{ scope: pool");
    }

    [Fact]
    public void A_pool_fact_naming_no_parameter_is_BF2106()
    {
        ExpectAt(Handles + "functions:\n  db_changes: { clears: pool }\n", "BF2106", "pool }");
    }
}
