using BindingForge.Model.Header;
using BindingForge.Contracts.Tests;
using BindingForge.Generator.Session;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Tests;

/// <summary>
/// contracts/sqlite3.yaml and contracts/zlib.yaml load and bind against the real system headers, read by libclang,
/// with no diagnostics at all, and the facts the safe emitter relies on come out as written.
/// </summary>
public sealed class RealContractTests
{
    private static BindingSession Check(string fileName) => BindingSession.Open(Path.Combine(RepositoryFiles.ContractsFolder, fileName));

    private static readonly Lazy<BindingSession> Sqlite = new(() => Check("sqlite3.yaml"));
    private static readonly Lazy<BindingSession> Zlib = new(() => Check("zlib.yaml"));

    /// <summary>The session's diagnostics without the headers' own warnings and notes (only their errors count).</summary>
    private static IReadOnlyList<Diagnostic> Findings(BindingSession session) =>
        [.. session.LoadDiagnostics, .. session.ReadDiagnostics.Where(d => d.IsError), .. session.BindDiagnostics];

    [Fact]
    public void Sqlite3_contract_binds_cleanly()
    {
        var result = Sqlite.Value;

        Assert.True(Findings(result).Count == 0, string.Join("\n", Findings(result)));
        Assert.False(result.HasErrors);
        Assert.Equal(("sqlite3", "BindingForge.Sqlite", "Sqlite3"), (result.Library!.Library, result.Library.Namespace, result.Library.ClassName));
    }

    [Fact]
    public void Zlib_contract_binds_cleanly()
    {
        var result = Zlib.Value;

        Assert.True(Findings(result).Count == 0, string.Join("\n", Findings(result)));
        Assert.Equal(("z", "Zlib"), (result.Library!.Library, result.Library.ClassName));
    }

    [Fact]
    public void Sqlite3_facts_come_out_as_written()
    {
        var contract = Sqlite.Value.Contract!;

        var statement = contract.FindHandle("sqlite3_stmt")!;
        Assert.Equal(("Statement", "sqlite3_finalize", "sqlite3", HandleThreading.Exclusive), (statement.ClassName, statement.Release!.Name, statement.Parent, statement.Threading));
        var rc = contract.FindError("sqlite-rc")!;
        Assert.Equal([0, 100, 101], rc.Success.Select(s => (int)s.Value));
        Assert.Equal(ErrorMessageSource.Handle, rc.MessageSource);

        var prepare = contract.FindFunction("sqlite3_prepare_v2")!;
        Assert.Equal(("sqlite3_stmt", OutKind.Owned), (prepare.Parameters[3].Handle, prepare.Parameters[3].Out));
        Assert.Equal([0], prepare.Parameters[3].ParentParameters.ToArray());
        Assert.Equal([1], prepare.Parameters[2].LengthOf.ToArray());

        var bindText = contract.FindFunction("sqlite3_bind_text")!;
        Assert.Equal(-1, Assert.IsType<IntegerValue>(bindText.Parameters[4].Value).Value);
        Assert.True(contract.FindFunction("sqlite3_finalize")!.Parameters[0].Consumed);

        var columnText = contract.FindFunction("sqlite3_column_text")!.Return;
        Assert.Contains(columnText.Borrowed!.Until, f => f.Name == "sqlite3_step");
        Assert.Equal("sqlite3_column_bytes", Assert.IsType<CallLength>(columnText.Length).Function.Name);

        var exec = contract.FindFunction("sqlite3_exec")!;
        Assert.Equal((CallbackScope.Call, 3, 0), (exec.Parameters[2].Callback!.Scope, exec.Parameters[2].Callback!.UserDataParameter, exec.Parameters[2].Callback!.UserDataArgument));
        Assert.Equal("sqlite3_free", exec.Parameters[4].Owned!.Free!.Name);
        Assert.Equal([0, 2], contract.FindFunction("sqlite3_backup_init")!.Return.ParentParameters.ToArray());
        Assert.True(contract.FindFunction("sqlite3_libversion")!.Leaf);
    }

    [Fact]
    public void Zlib_streaming_facts_come_out_as_written()
    {
        var contract = Zlib.Value.Contract!;

        var stream = Assert.Single(contract.Structs);
        Assert.Equal(("ZStream", 112L), (stream.ClassName, stream.Record.Size));
        Assert.Contains(stream.Inits, i => i.Init.Name == "deflateInit" && i.Cleanup.Name == "deflateEnd");
        Assert.Contains(stream.Inits, i => i.Init.Name == "inflateInit2" && i.Cleanup.Name == "inflateEnd");

        // The inits are zlib's macros, wrapped by the shim, which passes ZLIB_VERSION and sizeof(z_stream) itself.
        var init = contract.FindFunction("deflateInit")!;
        Assert.Equal(ShimWrapperKind.Macro, init.Decl.Wrapper?.Kind);
        Assert.Equal(["strm", "level"], init.Decl.Parameters.Select(p => p.Name));
        Assert.NotNull(contract.FindFunction("deflateInit_")!.Skip);
        Assert.Equal(["next_in", "next_out"], contract.FindFunction("deflate")!.Parameters[0].Fields.ToArray());

        var compress = contract.FindFunction("compress2")!;
        Assert.True(Assert.IsType<ParameterLength>(compress.Parameters[0].Length).IsPointer);
        Assert.True(compress.Parameters[1].InOut);
        Assert.Equal(ErrorMessageSource.Code, contract.FindError("zlib-rc")!.MessageSource);
    }
}
