using BindingForge.Model.Contracts;
using static BindingForge.Contracts.Tests.ContractTestKit;

namespace BindingForge.Contracts.Tests;

/// <summary>Capture: YAML becomes syntax records with locations for keys and values, and nothing defaulted.</summary>
public sealed class LoaderTests
{
    private const string Text = """
        bindingforge: 1
        library:
          name: testlib
          headers: [test.h, other.h]
          include_dirs: [inc]
          defines: [FOO=1]
          namespace: My.Bindings
          class: TestLib
          select:
            include: ["db_*"]
            exclude: ["db_hook"]
        handles:
          db:
            class: Database
            release: db_close
            threading: free-threaded
            status: reviewed
            source: test.h line 3
        functions:
          db_open:
            returns: { error: rc }
            params:
              path: { string: utf8 }
              out: { out: owned }
          stmt_text:
            returns:
              string: utf8
              borrowed: { until: [stmt_step, stmt_reset] }
              nullable: true
        """;

    [Fact]
    public void Captures_every_section_with_values()
    {
        var (document, diagnostics) = Load(Text);

        Assert.Empty(diagnostics);
        Assert.NotNull(document);
        Assert.Equal(1, document.Version!.Value);
        var library = document.Library!;
        Assert.Equal("testlib", library.Name!.Value);
        Assert.Equal(["test.h", "other.h"], library.Headers!.Value.Select(h => h.Value));
        Assert.Equal("My.Bindings", library.Namespace!.Value);
        Assert.Equal(["db_*"], library.Select!.Include!.Value.Select(i => i.Value));
        var handle = Assert.Single(document.Handles);
        Assert.Equal(("db", "Database", "db_close"), (handle.CType.Value, handle.Class!.Value, handle.Release!.Value));
        Assert.Equal(HandleThreading.FreeThreaded, handle.Threading!.Value);
        Assert.Equal(FactStatus.Reviewed, handle.Meta.Status!.Value);
        Assert.Equal("test.h line 3", handle.Meta.Source!.Value);
        Assert.Equal(["db_open", "stmt_text"], document.Functions.Select(f => f.CName.Value));
        var open = document.Functions[0];
        Assert.Equal(OutKind.Owned, open.Params.Single(p => p.ParamName.Value == "out").Out!.Value);
        var text = document.Functions[1].Returns!;
        Assert.Equal(["stmt_step", "stmt_reset"], text.Borrowed!.Until!.Value.Select(u => u.Value));
        Assert.True(text.Nullable!.Value);
    }

    [Fact]
    public void Keeps_key_and_value_locations()
    {
        var document = Load(Text).Document!;
        var handle = document.Handles[0];

        Assert.Equal(("test.yaml", 13, 3), (handle.CType.Location.File, handle.CType.Location.Line, handle.CType.Location.Column));
        Assert.Equal((15, 5), (handle.Release!.KeyLocation.Line, handle.Release.KeyLocation.Column));
        Assert.Equal((15, 14), (handle.Release.Location.Line, handle.Release.Location.Column));
        var until = document.Functions[1].Returns!.Borrowed!.Until!.Value[1];
        Assert.Equal((28, 38), (until.Location.Line, until.Location.Column));
    }

    [Fact]
    public void Adds_no_defaults()
    {
        var document = Load(Prefix + "handles:\n  db: {}\n").Document!;
        var handle = Assert.Single(document.Handles);

        Assert.Null(handle.Class);
        Assert.Null(handle.Threading);
        Assert.Null(handle.ReleaseOn);
        Assert.Null(handle.Meta.Status);
        Assert.Null(document.Library!.Namespace);
        Assert.Null(document.Library.IncludeDirs);
    }

    [Fact]
    public void Null_entries_are_empty_entries()
    {
        var (document, diagnostics) = Load(Prefix + "functions:\n  db_version:\nhandles:\n  db:\n");

        Assert.Empty(diagnostics);
        Assert.Equal("db_version", Assert.Single(document!.Functions).CName.Value);
        Assert.Equal("db", Assert.Single(document.Handles).CType.Value);
    }

    [Fact]
    public void Reads_the_alternative_shapes_of_facts()
    {
        var (document, diagnostics) = Load(Prefix + """
            functions:
              db_exec:
                params:
                  errmsg: { out: owned, owned: { free: db_free }, skip: no }
                  sql: { string: utf8, length: null-terminated }
                  cb: { callback: { scope: call, user_data: arg, user_data_arg: 0 } }
              zs_init:
                params:
                  version: { value: VERSION }
                  size: { value: { sizeof: zs } }
                  level: { value: -0x1 }
            """);

        Assert.Single(diagnostics, d => d.Id == ContractDiagnosticIds.UnknownKey);
        var exec = document!.Functions[0];
        Assert.Equal("db_free", exec.Params[0].Owned!.Free!.Value);
        Assert.True(exec.Params[1].Length!.NullTerminated);
        Assert.Equal(CallbackScope.Call, exec.Params[2].Callback!.Scope!.Value);
        Assert.Equal(0, exec.Params[2].Callback!.UserDataArg!.Value);
        var init = document.Functions[1];
        Assert.Equal("VERSION", init.Params[0].Value!.Constant!.Symbol);
        Assert.Equal("zs", init.Params[1].Value!.SizeOf!.Value);
        Assert.Equal(-1, init.Params[2].Value!.Constant!.Number);
    }

    [Fact]
    public void Reads_struct_entries_in_both_init_forms()
    {
        var (document, diagnostics) = Load(Prefix + """
            structs:
              zs:
                class: ZStream
                init: [zs_init]
                cleanup: zs_end
                fields:
                  next_in: { array: in, length: avail_in }
              other:
                init:
                  zs_init: { cleanup: zs_end, name: Deflate }
            """);

        Assert.Empty(diagnostics);
        var zs = document!.Structs[0];
        Assert.Equal("zs_init", Assert.Single(zs.Init!.Value).Function.Value);
        Assert.Equal("zs_end", zs.Cleanup!.Value);
        Assert.Equal("avail_in", zs.Fields[0].Length!.Name!.Value);
        var other = Assert.Single(document.Structs[1].Init!.Value);
        Assert.Equal(("zs_end", "Deflate"), (other.Cleanup!.Value, other.Meta.Name!.Value));
    }

    [Fact]
    public void Reads_a_file_from_disk_and_reports_a_missing_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bf-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Prefix);
        try
        {
            var (document, diagnostics) = ContractLoader.Load(path);
            Assert.Empty(diagnostics);
            Assert.Equal(path, document!.Path);
        }
        finally
        {
            File.Delete(path);
        }

        var missing = ContractLoader.Load(path);
        Assert.Null(missing.Document);
        Assert.Equal(ContractDiagnosticIds.Unreadable, Assert.Single(missing.Diagnostics).Id);
    }
}
