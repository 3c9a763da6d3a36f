using BindingForge.Model.Diagnostics;
using static BindingForge.Contracts.Tests.ContractTestKit;

namespace BindingForge.Contracts.Tests;

/// <summary>Every binding mistake is a coded diagnostic at the contract line and column (the body starts on line 5).</summary>
public sealed class BindDiagnosticTests
{
    private static Diagnostic Expect(string body, string id, int line, int column) => Single(Bind(body).Diagnostics, id, line, column);

    /// <summary>Expects <paramref name="id"/> at the first occurrence of <paramref name="needle"/> on the body's last line.</summary>
    private static Diagnostic ExpectOnLastLine(string body, string id, string needle)
    {
        var lastLine = body.TrimEnd('\n').Split('\n')[^1];
        var (line, column) = Position(Prefix + body, needle, after: "\n" + lastLine);
        return Expect(body, id, line, column);
    }

    /// <summary>Expects <paramref name="id"/> at the first occurrence of <paramref name="needle"/> in the contract.</summary>
    private static Diagnostic ExpectAt(string body, string id, string needle)
    {
        var (line, column) = Position(Prefix + body, needle);
        return Expect(body, id, line, column);
    }

    [Fact]
    public void Unknown_function_is_BF2101_with_the_nearest_name()
    {
        var diagnostic = Expect("functions:\n  db_opne:\n    leaf: true\n", "BF2101", 6, 3);

        Assert.Contains("did you mean `db_open`", diagnostic.Message);
    }

    [Fact]
    public void Unknown_parameter_is_BF2102_with_the_nearest_name()
    {
        var diagnostic = Expect("functions:\n  db_open:\n    params:\n      paht: { string: utf8 }\n", "BF2102", 8, 7);

        Assert.Contains("did you mean `path`", diagnostic.Message);
        Assert.Contains("path, out", diagnostic.Message);
    }

    [Theory]
    [InlineData("handles:\n  dbb:\n    release: db_close\n", "dbb", "did you mean `db`")]
    [InlineData("errors:\n  rc: { type: integer, success: [0] }\nfunctions:\n  db_open: { returns: { error: rc } }\n", "integer", "is not a C type")]
    [InlineData("functions:\n  stmt_bind_blob:\n    params:\n      data: { array: in, length: n, element: octet }\n", "octet", "is not a C type")]
    [InlineData("structs:\n  zz:\n    init: [zs_init]\n    cleanup: zs_end\n", "zz", "did you mean `zs`")]
    [InlineData("functions:\n  zs_init:\n    params:\n      size: { value: { sizeof: zstream } }\n", "zstream", "is not a C type")]
    public void Unknown_type_is_BF2103(string body, string needle, string expected)
    {
        Assert.Contains(expected, ExpectAt(body, "BF2103", needle).Message);
    }

    [Theory]
    [InlineData("handles:\n  db:\n    release: db_clse\n", "db_clse", "did you mean `db_close`")]
    [InlineData("handles:\n  db:\n    release: db_close\n    retain: db_ref\n", "db_ref", "retain function")]
    [InlineData("functions:\n  stmt_expand:\n    returns: { owned: { free: free } }\n", "free }", "free function")]
    [InlineData("functions:\n  stmt_text:\n    returns: { borrowed: { until: [stmt_step, stmt_rest] } }\n", "stmt_rest]", "did you mean `stmt_reset`")]
    [InlineData("errors:\n  rc: { type: int, success: [OK], message: db_error }\nfunctions:\n  db_open: { returns: { error: rc } }\n", "db_error", "message function")]
    [InlineData("structs:\n  zs:\n    init: [zs_start]\n    cleanup: zs_end\n", "zs_start", "init function")]
    [InlineData("functions:\n  stmt_blob:\n    returns: { length: { call: stmt_size } }\n", "stmt_size", "length function")]
    public void Unknown_function_reference_is_BF2104(string body, string needle, string expected)
    {
        Assert.Contains(expected, ExpectAt(body, "BF2104", needle).Message);
    }

    [Theory]
    [InlineData("handles:\n  db:\n    release: db_close_many\n", "db_close_many", "exactly one argument")]
    [InlineData("handles:\n  db:\n    release: stmt_finalize\n", "stmt_finalize", "a `db` handle")]
    [InlineData("handles:\n  db:\n    release: db_version\n", "db_version", "exactly one argument")]
    [InlineData("errors:\n  rc: { type: int, success: [OK], message: db_changes }\nfunctions:\n  db_open: { returns: { error: rc } }\n", "db_changes", "must return text")]
    [InlineData("structs:\n  zs:\n    init: [db_open]\n    cleanup: zs_end\n", "db_open", "first argument")]
    [InlineData("structs:\n  zs:\n    init: [zs_init]\n    cleanup: zs_run\n", "zs_run", "exactly one argument")]
    [InlineData("functions:\n  stmt_blob:\n    returns: { length: { call: db_changes } }\n", "db_changes", "same parameters")]
    public void Function_with_the_wrong_signature_for_its_role_is_BF2105(string body, string needle, string expected)
    {
        Assert.Contains(expected, ExpectAt(body, "BF2105", needle).Message);
    }

    [Theory]
    [InlineData("functions:\n  db_prepare:\n    params:\n      sql: { string: utf8, length: nbytes }\n", "nbytes", "`length` names `nbytes`")]
    [InlineData("functions:\n  db_prepare:\n    params:\n      tail: { out: borrowed, of: zsql }\n", "zsql", "did you mean `sql`")]
    [InlineData("functions:\n  db_exec:\n    params:\n      cb: { callback: { scope: call, user_data: args } }\n", "args", "did you mean `arg`")]
    [InlineData("functions:\n  db_hook:\n    params:\n      cb: { callback: { scope: notified, user_data: arg, destroy: free } }\n", "free", "`destroy` names `free`")]
    [InlineData("handles:\n  backup: { release: backup_finish }\nfunctions:\n  backup_init:\n    returns: { owned: true, parent: source }\n", "source", "`parent` names `source`")]
    public void Reference_to_a_missing_parameter_is_BF2106(string body, string needle, string expected)
    {
        Assert.Contains(expected, ExpectAt(body, "BF2106", needle).Message);
    }

    [Fact]
    public void Error_naming_a_missing_errors_entry_is_BF2107()
    {
        var body = "errors:\n  rc: { type: int, success: [OK] }\nfunctions:\n  db_open:\n    returns: { error: sqlite-rc }\n";

        Assert.Contains("known: rc", Expect(body, "BF2107", 9, 23).Message);
    }

    [Theory]
    [InlineData("errors:\n  rc: { type: int, success: [OK, RWO] }\nfunctions:\n  db_open: { returns: { error: rc } }\n", "RWO", "did you mean `ROW`")]
    [InlineData("functions:\n  stmt_bind_blob:\n    params:\n      dtor: { value: TRANSIENTS }\n", "TRANSIENTS", "did you mean `TRANSIENT`")]
    [InlineData("errors:\n  rc: { type: int, success: [OK, VERSION] }\nfunctions:\n  db_open: { returns: { error: rc } }\n", "VERSION", "not an integer")]
    public void Unknown_constant_is_BF2108(string body, string needle, string expected)
    {
        Assert.Contains(expected, ExpectAt(body, "BF2108", needle).Message);
    }

    [Theory]
    [InlineData("functions:\n  stmt_expand:\n    returns: { owned: { free: db_free }, borrowed: true }\n", "true", "both owned and borrowed")]
    [InlineData("functions:\n  db_open:\n    params:\n      out: { out: owned, borrowed: true }\n", "true", "`out: owned` and `borrowed`")]
    [InlineData("functions:\n  db_prepare:\n    params:\n      sql: { string: utf8, free: db_free }\n", "db_free", "`free` applies only")]
    [InlineData("functions:\n  db_prepare:\n    params:\n      tail: { out: owned, free: db_free, of: sql }\n", "sql }", "`of` applies only")]
    [InlineData("functions:\n  stmt_bind_blob:\n    params:\n      dtor: { value: TRANSIENT, nullable: true }\n", "TRANSIENT", "takes no other facts")]
    [InlineData("handles:\n  db: { class: Database, name: Db }\n", "Db }", "disagree")]
    [InlineData("handles:\n  db: { release: db_close }\nfunctions:\n  db_open:\n    params:\n      out: { out: owned, free: db_free }\n", "db_free", "remove `free`")]
    [InlineData("functions:\n  db_hook:\n    params:\n      cb: { callback: { scope: call, user_data: arg, destroy: destroy } }\n", "call,", "goes with `scope: notified`")]
    [InlineData("functions:\n  db_open:\n    params:\n      path: { length: n }\n", "n }", "goes with `array` or `string`")]
    [InlineData("functions:\n  db_prepare:\n    params:\n      sql: { string: utf8, length: sql }\n", "sql }", "its own length")]
    [InlineData("functions:\n  stmt_text:\n    params:\n      s: { parent: col }\n", "parent", "`parent` applies")]
    [InlineData("functions:\n  db_close:\n    params:\n      d: { consumed: true, borrowed: true }\n", "true", "cannot be consumed")]
    [InlineData("handles:\n  db:\n    release: db_close\n    parent: db\n", "db\n", "its own parent")]
    [InlineData("errors:\n  rc: { type: int, success: [OK, ROW] }\nfunctions:\n  db_changes:\n    returns: { error: rc, success: [DONE] }\n", "DONE", "is not a success value of error domain `rc`")]
    [InlineData("functions:\n  db_changes:\n    returns: { success: [OK] }\n", "OK", "needs `error`")]
    public void Conflicting_facts_are_BF2109(string body, string needle, string expected)
    {
        Assert.Contains(expected, ExpectOnLastLine(body, "BF2109", needle).Message);
    }

    [Theory]
    [InlineData("functions:\n  db_changes:\n    returns: { nullable: true }\n", "true", "`nullable` needs a pointer")]
    [InlineData("functions:\n  stmt_text:\n    params:\n      col: { nullable: true }\n", "true", "`nullable` needs a pointer")]
    [InlineData("functions:\n  stmt_text:\n    params:\n      col: { string: utf8 }\n", "utf8", "`string` needs a character pointer")]
    [InlineData("functions:\n  stmt_double:\n    returns: { string: utf8 }\n", "utf8", "`string` needs a character pointer")]
    [InlineData("functions:\n  db_prepare:\n    params:\n      sql: { out: owned, free: db_free }\n", "owned", "pointer to a pointer")]
    [InlineData("functions:\n  db_free:\n    params:\n      p: { out: caller-allocates }\n", "caller-allocates", "pointer to storage")]
    [InlineData("functions:\n  stmt_text:\n    params:\n      col: { array: in }\n", "in }", "`array` needs a pointer")]
    [InlineData("functions:\n  db_changes:\n    params:\n      d: { callback: { scope: call } }\n", "{ scope", "`callback` needs a function pointer")]
    [InlineData("functions:\n  db_prepare:\n    params:\n      out: { inout: true }\n", "true", "pointer to a scalar")]
    [InlineData("functions:\n  stmt_text:\n    params:\n      col: { consumed: true }\n", "true", "`consumed` needs a pointer")]
    [InlineData("functions:\n  db_prepare:\n    params:\n      sql: { string: utf8, length: tail }\n", "tail", "a length is an integer")]
    [InlineData("functions:\n  zs_run:\n    params:\n      flush: { fields: [next_in] }\n", "next_in", "a pointer to a struct")]
    [InlineData("handles:\n  db_int64:\n", "db_int64", "must name a struct or union")]
    [InlineData("functions:\n  db_changes:\n    params:\n      d: { optional: true }\n", "true", "`optional` needs an `out` pointer")]
    [InlineData("functions:\n  stmt_text:\n    returns: { bool: true }\n", "true", "`bool` needs an integer result")]
    [InlineData("functions:\n  db_hook:\n    params:\n      cb: { callback: { scope: call, user_data: arg, args: [data, extra] } }\n", "data, extra", "`args` names 2 arguments")]
    public void Fact_that_does_not_fit_the_C_type_is_BF2110(string body, string needle, string expected)
    {
        Assert.Contains(expected, ExpectOnLastLine(body, "BF2110", needle).Message);
    }

    [Theory]
    [InlineData("functions:\n  db_open:\n    params:\n      path: { nullable: true }\n      out: { nullable: false }\n")]
    [InlineData("functions:\n  db_changes:\n    params:\n      d: { out: caller-allocates }\n")]
    [InlineData("functions:\n  compress:\n    params:\n      destLen: { inout: true }\n")]
    [InlineData("functions:\n  buf_hash:\n    params:\n      buf: { array: in, length: len }\n")]
    public void Facts_that_fit_bind_cleanly(string body)
    {
        BindClean(body);
    }

    [Fact]
    public void Leaf_that_blocks_or_calls_back_is_BF2109_at_leaf()
    {
        Assert.Contains("both `leaf` and `blocking`", Expect("functions:\n  db_version:\n    leaf: true\n    blocking: true\n", "BF2109", 7, 11).Message);
        Assert.Contains("is a callback", Expect("functions:\n  db_exec:\n    leaf: true\n    params:\n      cb: { callback: { scope: call } }\n", "BF2109", 7, 11).Message);
    }

    [Fact]
    public void No_callbacks_on_a_function_that_takes_a_callback_is_BF2109_at_the_fact()
    {
        var diagnostic = Expect("functions:\n  db_exec:\n    no_callbacks: true\n    params:\n      cb: { callback: { scope: call } }\n", "BF2109", 7, 19);

        Assert.Contains("cannot be `no_callbacks`: parameter `cb` is a callback", diagnostic.Message);
    }

    [Fact]
    public void No_callbacks_binds_and_leaf_implies_it()
    {
        var contract = BindClean("functions:\n  db_version:\n    leaf: true\n  stmt_step:\n    no_callbacks: true\n    blocking: true\n");

        Assert.True(contract.FindFunction("stmt_step")!.NoCallbacks);
        Assert.True(contract.FindFunction("stmt_step")!.CannotCallBack);
        Assert.False(contract.FindFunction("db_version")!.NoCallbacks);
        Assert.True(contract.FindFunction("db_version")!.CannotCallBack);
    }

    [Fact]
    public void Opaque_struct_cannot_be_caller_allocated_BF2110()
    {
        Assert.Contains("opaque", Expect("structs:\n  stmt:\n    init: [stmt_step]\n    cleanup: stmt_finalize\n", "BF2110", 6, 3).Message);
    }

    [Fact]
    public void Unused_error_domain_is_a_BF2111_warning()
    {
        var diagnostic = Expect("errors:\n  rc: { type: int, success: [OK] }\n", "BF2111", 6, 3);

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Parent_that_is_not_a_handle_is_BF2112()
    {
        Assert.Contains("did you mean `db`", Expect("handles:\n  db: {}\n  stmt:\n    parent: dbs\n", "BF2112", 8, 13).Message);
    }

    [Fact]
    public void Return_type_that_does_not_match_the_error_domain_is_BF2113()
    {
        var body = "errors:\n  rc: { type: int, success: [OK] }\nfunctions:\n  stmt_double:\n    returns: { error: rc }\n";

        Assert.Contains("returns `double`", Expect(body, "BF2113", 9, 23).Message);
    }

    [Fact]
    public void Several_possible_parents_are_BF2114()
    {
        var body = "handles:\n  db: { release: db_close }\n  backup: { release: backup_finish, parent: db }\nfunctions:\n  backup_init:\n    returns: { owned: true }\n";

        Assert.Contains("dst, src", Expect(body, "BF2114", 10, 23).Message);
    }

    [Fact]
    public void Owned_handle_without_its_parent_argument_is_a_BF2115_warning()
    {
        var body = "handles:\n  db: { release: db_close }\n  blob_t: { release: blob_close, parent: db }\n  stmt: { release: stmt_finalize, parent: blob_t }\nfunctions:\n  db_prepare:\n    params:\n      out: { out: owned }\n";

        Assert.Equal(DiagnosticSeverity.Warning, Expect(body, "BF2115", 12, 19).Severity);
    }

    [Theory]
    [InlineData("structs:\n  zs: { init: [zs_init], cleanup: zs_end }\n  zs_s: { init: [zs_init], cleanup: zs_end }\n", 7, 3)]
    [InlineData("handles:\n  zs: {}\nstructs:\n  zs: { init: [zs_init], cleanup: zs_end }\n", 8, 3)]
    public void Two_entries_for_one_C_type_are_BF2116(string body, int line, int column)
    {
        Expect(body, "BF2116", line, column);
    }

    [Theory]
    [InlineData("structs:\n  zs:\n    init: [zs_init]\n    cleanup: zs_end\n    fields:\n      next_inn: { array: in, length: avail_in }\n", 10, 7)]
    [InlineData("structs:\n  zs:\n    init: [zs_init]\n    cleanup: zs_end\n    fields:\n      next_in: { array: in, length: avail }\n", 10, 37)]
    [InlineData("structs:\n  zs:\n    init: [zs_init]\n    cleanup: zs_end\n    fields:\n      msg: { string: utf8 }\nfunctions:\n  zs_run:\n    params:\n      strm: { fields: [msg] }\n", 14, 24)]
    public void Unknown_or_unfit_struct_field_is_BF2117(string body, int line, int column)
    {
        Expect(body, "BF2117", line, column);
    }

    [Fact]
    public void Callback_without_a_user_data_argument_is_BF2118()
    {
        var body = "functions:\n  db_bad_hook:\n    params:\n      cb: { callback: { scope: forever, user_data: arg } }\n";

        Assert.Contains("user_data_arg", Expect(body, "BF2118", 8, 52).Message);
    }

    [Fact]
    public void User_data_from_an_argument_of_the_wrong_type_is_BF2118()
    {
        var body = "functions:\n  db_bad_hook:\n    params:\n      cb: { callback: { scope: call, user_data: arg, user_data_from: { call: db_errmsg, arg: 0 } } }\n";

        Assert.Contains("db_errmsg", ExpectOnLastLine(body, "BF2118", "0 }").Message);
    }

    [Fact]
    public void User_data_from_a_function_that_does_not_return_a_pointer_is_BF2105()
    {
        var body = "functions:\n  db_bad_hook:\n    params:\n      cb: { callback: { scope: call, user_data: arg, user_data_from: { call: db_free, arg: 0 } } }\n";

        ExpectOnLastLine(body, "BF2105", "db_free");
    }

    [Fact]
    public void User_data_from_with_user_data_arg_is_BF2109()
    {
        var body = "functions:\n  db_hook:\n    params:\n      cb: { callback: { scope: call, user_data: arg, user_data_arg: 0, user_data_from: { call: db_errmsg, arg: 0 } } }\n";

        ExpectOnLastLine(body, "BF2109", "{ scope");
    }

    [Theory]
    [InlineData("handles:\n  db: { release: db_close }\nfunctions:\n  db_changes:\n    params:\n      d: { array: in, element: int }\n", "a handle and array")]
    [InlineData("functions:\n  db_hook:\n    params:\n      cb: { callback: { scope: call, user_data: arg } }\n      arg: { string: bytes }\n", "callback and string: bytes")]
    [InlineData("functions:\n  compress:\n    params:\n      dest: { array: out, length: destLen }\n      destLen: { out: caller-allocates }\n", "length other parameters name and out: caller-allocates")]
    public void Facts_that_describe_two_shapes_are_BF2119_at_the_parameter(string body, string expected)
    {
        var lastLine = body.TrimEnd('\n').Split('\n')[^1];
        var (line, column) = Position(Prefix + body, lastLine.TrimStart(), after: "\n" + lastLine);

        Assert.Contains(expected, Single(Bind(body).Diagnostics, "BF2119", line, column).Message);
    }

    [Fact]
    public void Return_facts_that_describe_two_shapes_are_BF2119_at_the_returns_entry()
    {
        var body = "handles:\n  backup: { release: backup_finish }\nfunctions:\n  backup_init:\n    returns: { owned: true, length: { fixed: 4 } }\n";
        var (line, column) = Position(Prefix + body, "{ owned", after: "backup_init:");

        var diagnostic = Single(Bind(body).Diagnostics, "BF2119", line, column);

        Assert.Contains("the return of `backup_init` is a handle and a buffer with a length", diagnostic.Message);
    }

    [Fact]
    public void A_broken_entry_is_reported_once_not_again_where_it_is_used()
    {
        var body = "handles:\n  db: { release: db_clse }\nerrors:\n  rc: { type: integr, success: [OK] }\n"
            + "functions:\n  db_open:\n    returns: { error: rc }\n    params:\n      out: { out: owned }\n";

        var diagnostics = Bind(body).Diagnostics;

        Assert.Equal(["BF2104", "BF2103"], diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Missing_facts_that_a_fact_needs_are_BF2013()
    {
        Expect("functions:\n  db_exec:\n    params:\n      errmsg: { out: owned }\n", "BF2013", 8, 22);
        Expect("functions:\n  stmt_bind_blob:\n    params:\n      data: { array: in, length: n }\n", "BF2013", 8, 22);
        Expect("structs:\n  zs:\n    init: [zs_init]\n", "BF2013", 7, 12);
        Expect("handles:\n  db: { retain: db_close }\n", "BF2013", 6, 9);
    }

    [Fact]
    public void Variadic_function_entry_is_a_warning()
    {
        var header = new Model.Header.HeaderModel(
            [TestHeader.F("log_printf", TestHeader.Int, TestHeader.P("fmt", TestHeader.Ptr(TestHeader.Const(TestHeader.Char)))) with { IsVariadic = true }],
            [], [], [], []);
        var document = Load(Prefix + "functions:\n  log_printf: {}\n").Document!;

        var diagnostic = Assert.Single(Binding.ContractBinder.Bind(document, header).Diagnostics);

        Assert.Equal(("BF2111", DiagnosticSeverity.Warning, 6, 3), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
