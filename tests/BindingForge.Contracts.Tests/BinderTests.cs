using BindingForge.Model.Contracts;
using static BindingForge.Contracts.Tests.ContractTestKit;

namespace BindingForge.Contracts.Tests;

/// <summary>Interpretation: a valid contract binds into the model the safe emitter consumes, with names resolved.</summary>
public sealed class BinderTests
{
    private const string Contract = """
        handles:
          db:
            class: Database
            release: db_close
            threading: free-threaded
            status: reviewed
            source: test.h
          stmt:
            release: stmt_finalize
            parent: db
          backup:
            class: Backup
            release: backup_finish
            parent: db
          blob_t:
            release: blob_close
        errors:
          rc:
            type: int
            success: [OK, ROW, DONE]
            message: db_errmsg
            exception: DbException
          code:
            type: int
            success: [0, RED]
            message: err_str
        structs:
          zs:
            class: ZStream
            init:
              zs_init: { cleanup: zs_end, name: Deflate }
              zs_inflate_init: { cleanup: zs_inflate_end }
            fields:
              next_in: { array: in, length: avail_in }
              next_out: { array: out, length: avail_out }
              msg: { string: utf8, nullable: true }
        functions:
          db_open:
            returns: { error: rc }
            params:
              path: { string: utf8 }
              out: { out: owned }
          db_prepare:
            returns: { error: rc }
            params:
              sql: { string: utf8, length: n }
              out: { out: owned }
              tail: { out: borrowed, of: sql, nullable: true }
          db_exec:
            blocking: true
            params:
              cb: { callback: { scope: call, user_data: arg }, nullable: true }
              errmsg: { out: owned, free: db_free, string: utf8, nullable: true }
          db_hook:
            params:
              cb: { callback: { scope: notified, user_data: arg, destroy: destroy } }
          stmt_text:
            returns: { string: utf8, borrowed: { until: [stmt_step, stmt_reset] }, nullable: true }
          stmt_blob:
            returns: { length: { call: stmt_bytes }, element: byte, borrowed: { until: [stmt_step] }, nullable: true }
          stmt_expand:
            returns: { string: utf8, owned: { free: db_free }, nullable: true }
          stmt_finalize:
            returns: { error: code }
            params:
              s: { consumed: true }
          stmt_bind_blob:
            params:
              data: { array: in, length: n, element: uint8_t }
              dtor: { value: TRANSIENT }
          backup_init:
            returns: { owned: true, parent: dst, null_is_error: true }
          blob_open:
            params:
              out: { out: owned }
          compress:
            returns: { error: code }
            params:
              dest: { array: out, length: destLen }
              destLen: { inout: true }
              source: { array: in, length: sourceLen }
          zs_init:
            params:
              version: { value: VERSION }
              size: { value: { sizeof: zs } }
          zs_run:
            params:
              strm: { fields: [next_in, next_out] }
          db_version:
            leaf: true
            name: Version
        """;

    private static readonly BoundContract Bound = BindClean(Contract);

    [Fact]
    public void Binds_library_settings()
    {
        Assert.Equal("testlib", Bound.Library.Name);
        Assert.Equal(["test.h"], Bound.Library.Headers.ToArray());
        Assert.Null(Bound.Library.Namespace);
    }

    [Fact]
    public void Binds_handles_with_release_parent_and_defaults()
    {
        var db = Bound.FindHandle("db")!;
        Assert.Equal(("Database", "db_close", HandleThreading.FreeThreaded, true), (db.ClassName, db.Release!.Name, db.Threading, db.IsThreadingStated));
        Assert.Equal((FactStatus.Reviewed, "test.h"), (db.Provenance.Status, db.Provenance.Source));
        Assert.Equal((6, 3), (db.Provenance.Location.Line, db.Provenance.Location.Column));

        var stmt = Bound.FindHandle("stmt")!;
        Assert.Equal(("Stmt", "db", HandleThreading.Exclusive, false, ReleaseThread.Any), (stmt.ClassName, stmt.Parent, stmt.Threading, stmt.IsThreadingStated, stmt.ReleaseOn));
        var blob = Bound.FindHandle("blob_t")!;
        Assert.True(blob.IsPointerTypedef);
        Assert.Equal("blob", blob.RecordName);
    }

    [Fact]
    public void Binds_error_domains_with_resolved_success_values_and_message_source()
    {
        var rc = Bound.FindError("rc")!;
        Assert.Equal([0, 100, 101], rc.Success.Select(s => s.Value));
        Assert.Equal(["OK", "ROW", "DONE"], rc.Success.Select(s => s.Symbol));
        Assert.Equal((ErrorMessageSource.Handle, "db_errmsg", "DbException"), (rc.MessageSource, rc.Message!.Name, rc.ExceptionName));
        Assert.True(rc.IsSuccess(101));
        Assert.False(rc.IsSuccess(1));

        var code = Bound.FindError("code")!;
        Assert.Equal([0, 0], code.Success.Select(s => s.Value));
        Assert.Equal((ErrorMessageSource.Code, "CodeException"), (code.MessageSource, code.ExceptionName));
    }

    [Fact]
    public void Binds_out_handles_and_infers_their_parent_argument()
    {
        var open = Bound.FindFunction("db_open")!;
        Assert.Equal("rc", open.Return.Error!.Name);
        var outParam = open.Parameters[1];
        Assert.Equal((OutKind.Owned, "db"), (outParam.Out, outParam.Handle));
        Assert.NotNull(outParam.Owned);
        Assert.Null(outParam.Owned!.Free);
        Assert.Empty(outParam.ParentParameters);

        var prepare = Bound.FindFunction("db_prepare")!;
        Assert.Equal([0], prepare.Parameters[3].ParentParameters.ToArray());
        Assert.Equal("db", prepare.Parameters[0].Handle);
        Assert.Equal(1, prepare.Parameters[4].Borrowed!.OfParameter);
        Assert.True(prepare.Parameters[4].Nullable);
    }

    [Fact]
    public void Links_length_parameters_to_what_they_measure()
    {
        var prepare = Bound.FindFunction("db_prepare")!;
        var length = Assert.IsType<ParameterLength>(prepare.Parameters[1].Length);
        Assert.Equal((2, "n", false), (length.ParameterIndex, length.ParameterName, length.IsPointer));
        Assert.Equal([1], prepare.Parameters[2].LengthOf.ToArray());
        Assert.True(prepare.Parameters[2].IsHidden);

        var compress = Bound.FindFunction("compress")!;
        var destLength = Assert.IsType<ParameterLength>(compress.Parameters[0].Length);
        Assert.True(destLength.IsPointer);
        Assert.True(compress.Parameters[1].InOut);
        Assert.Equal([0], compress.Parameters[1].LengthOf.ToArray());
        Assert.Equal(ArrayDirection.Out, compress.Parameters[0].Array);
    }

    [Fact]
    public void Binds_callbacks_with_user_data_and_destroy()
    {
        var exec = Bound.FindFunction("db_exec")!;
        var callback = exec.Parameters[2].Callback!;
        Assert.Equal((CallbackScope.Call, 3, (int?)null, 0), (callback.Scope, callback.UserDataParameter, callback.DestroyParameter, callback.UserDataArgument));
        Assert.Equal(2, exec.Parameters[3].UserDataOf);
        Assert.True(exec.Blocking);
        Assert.Equal("db_free", exec.Parameters[4].Owned!.Free!.Name);

        var hook = Bound.FindFunction("db_hook")!;
        Assert.Equal(3, hook.Parameters[1].Callback!.DestroyParameter);
        Assert.Equal(1, hook.Parameters[3].DestroyOf);
    }

    [Fact]
    public void Binds_returns_borrowed_owned_and_buffer_lengths()
    {
        var text = Bound.FindFunction("stmt_text")!.Return;
        Assert.Equal(["stmt_step", "stmt_reset"], text.Borrowed!.Until.Select(f => f.Name));
        Assert.Equal(StringEncoding.Utf8, text.String);

        var blob = Bound.FindFunction("stmt_blob")!.Return;
        Assert.Equal("stmt_bytes", Assert.IsType<CallLength>(blob.Length).Function.Name);
        Assert.Equal("byte", blob.Element!.Spelling);

        Assert.Equal("db_free", Bound.FindFunction("stmt_expand")!.Return.Owned!.Free!.Name);
        Assert.True(Bound.FindFunction("stmt_finalize")!.Parameters[0].Consumed);
    }

    [Fact]
    public void Owned_handle_return_uses_the_explicit_parent()
    {
        var init = Bound.FindFunction("backup_init")!;
        Assert.Equal("backup", init.Return.Handle);
        Assert.Equal([0], init.Return.ParentParameters.ToArray());
        Assert.True(init.Return.NullIsError);
    }

    [Fact]
    public void Binds_fixed_values()
    {
        var dtor = Bound.FindFunction("stmt_bind_blob")!.Parameters[4];
        Assert.Equal(-1, Assert.IsType<IntegerValue>(dtor.Value).Value);
        Assert.True(dtor.IsHidden);

        var init = Bound.FindFunction("zs_init")!;
        Assert.Equal("1.0"u8.ToArray(), Assert.IsType<StringValue>(init.Parameters[2].Value).Utf8.ToArray());
        Assert.Equal(48, Assert.IsType<SizeOfValue>(init.Parameters[3].Value).Size);
        Assert.Equal("zs", init.Parameters[0].Struct);
    }

    [Fact]
    public void Binds_caller_allocated_structs()
    {
        var zs = Assert.Single(Bound.Structs);
        Assert.Equal(("ZStream", "zs_s", 48L), (zs.ClassName, zs.Record.Name, zs.Record.Size));
        Assert.Equal([("zs_init", "zs_end", "Deflate"), ("zs_inflate_init", "zs_inflate_end", null)],
            zs.Inits.Select(i => (i.Init.Name, i.Cleanup.Name, i.Name)));
        var nextIn = zs.Fields[0];
        Assert.Equal((ArrayDirection.In, "avail_in"), (nextIn.Array, Assert.IsType<FieldLength>(nextIn.Length).FieldName));
        Assert.Equal(["next_in", "next_out"], Bound.FindFunction("zs_run")!.Parameters[0].Fields.ToArray());
    }

    [Fact]
    public void Binds_function_level_facts_and_keeps_unmentioned_parameters()
    {
        var version = Bound.FindFunction("db_version")!;
        Assert.True(version.Leaf);
        Assert.Equal("Version", version.Name);

        var bindBlob = Bound.FindFunction("stmt_bind_blob")!;
        Assert.Equal(5, bindBlob.Parameters.Length);
        Assert.Equal("stmt", bindBlob.Parameters[0].Handle);
        Assert.Equal(FactStatus.Unstated, bindBlob.Parameters[0].Provenance.Status);
        Assert.Null(Bound.FindFunction("db_close"));
    }

    [Fact]
    public void Chooses_each_parameter_shape_once_from_its_facts()
    {
        ParamShape Shape(string function, int index) => Bound.FindFunction(function)!.Parameters[index].Shape!;

        Assert.Equal(new ParamShape.StringIn(StringEncoding.Utf8, false, null), Shape("db_open", 0));
        Assert.IsType<ParamShape.OutOwnedHandle>(Shape("db_open", 1));
        Assert.IsType<ParamShape.HandleIn>(Shape("db_prepare", 0));
        Assert.IsType<ParamShape.LengthCarrier>(Shape("db_prepare", 2));
        Assert.IsType<ParamShape.Callback>(Shape("db_exec", 2));
        Assert.Equal(new ParamShape.CallbackData(2), Shape("db_exec", 3));
        Assert.IsType<ParamShape.OutString>(Shape("db_exec", 4));
        Assert.Equal(new ParamShape.Consumed("stmt", false), Shape("stmt_finalize", 0));
        Assert.IsType<ParamShape.BufferWithLength>(Shape("stmt_bind_blob", 2));
        Assert.IsType<ParamShape.Fixed>(Shape("stmt_bind_blob", 4));
        Assert.IsType<ParamShape.Scalar>(Shape("stmt_bind_blob", 1));
        Assert.IsType<ParamShape.StructIn>(Shape("zs_run", 0));
    }

    [Fact]
    public void Chooses_each_return_shape_once_from_its_facts()
    {
        ReturnShape Shape(string function) => Bound.FindFunction(function)!.Return.Shape!;

        Assert.Equal("rc", Assert.IsType<ReturnShape.ErrorCode>(Shape("db_open")).Domain.Name);
        var text = Assert.IsType<ReturnShape.Text>(Shape("stmt_text"));
        Assert.Equal((StringEncoding.Utf8, true, null), (text.Encoding, text.Nullable, text.Length));
        Assert.NotNull(text.Borrowed);
        Assert.Equal("db_free", Assert.IsType<ReturnShape.Text>(Shape("stmt_expand")).Owned!.Free!.Name);
        Assert.Equal("byte", Assert.IsType<ReturnShape.Buffer>(Shape("stmt_blob")).Element!.Spelling);
        var handle = Assert.IsType<ReturnShape.Handle>(Shape("backup_init"));
        Assert.Equal(("backup", true), (handle.Key, handle.NullIsError));
        Assert.Equal([0], handle.Parents.ToArray());
        Assert.IsType<ReturnShape.Scalar>(Shape("db_version"));
    }

    [Theory]
    [InlineData("db_free", typeof(ReturnShape.Void))]
    [InlineData("db_errmsg", typeof(ReturnShape.Unsupported))]
    [InlineData("stmt_double", typeof(ReturnShape.Scalar))]
    public void A_return_with_no_facts_takes_the_shape_of_its_type(string function, Type expected)
    {
        var bound = BindClean($"functions:\n  {function}:\n    leaf: true\n");

        Assert.IsType(expected, bound.FindFunction(function)!.Return.Shape);
    }

    [Fact]
    public void The_length_of_returned_text_refines_it()
    {
        var bound = BindClean("functions:\n  stmt_text:\n    returns: { string: utf8, length: { call: stmt_bytes }, borrowed: { until: [stmt_step] } }\n");

        Assert.IsType<CallLength>(Assert.IsType<ReturnShape.Text>(bound.FindFunction("stmt_text")!.Return.Shape).Length);
    }

    [Fact]
    public void A_length_carrier_may_be_inout()
    {
        var compress = Bound.FindFunction("compress")!;

        Assert.Equal([0], Assert.IsType<ParamShape.LengthCarrier>(compress.Parameters[1].Shape).Counted.ToArray());
    }
}
