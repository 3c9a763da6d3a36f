using BindingForge.Generator.Passes;
using BindingForge.Generator.Tests.Support;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Tests.Unit;

public sealed class SelectPassTests
{
    private static readonly HeaderModel Model = C.Model(
        functions: [C.Fn("lib_open", C.Ptr(C.Typedef("lib_handle")), ("config", C.Ptr(C.Struct("lib_config")))),
                    C.Fn("lib_debug", C.Int), C.Fn("other", C.Int)],
        records: [new RecordDecl("lib_handle_s", RecordKind.Struct, false, C.Here) { TypedefName = "lib_handle" },
                  C.Record("lib_config", 4, 4, C.Field("level", C.Enum("lib_level"), 0)),
                  C.Record("lib_unused", 4, 4, C.Field("x", C.Int, 0))],
        enums: [new EnumDecl("lib_level", PrimitiveKind.UInt, [new EnumMember("LIB_LOW", 0)], C.Here),
                new EnumDecl("anon_enum_0", PrimitiveKind.Int, [new EnumMember("LIB_MAX", 9), new EnumMember("OTHER_MAX", 1)], C.Here) { IsAnonymous = true }],
        typedefs: [C.TypedefDecl("lib_handle", C.Struct("lib_handle_s"))],
        constants: [C.Macro("LIB_VERSION", new IntegerConstant(1, PrimitiveKind.Int)), C.Macro("OTHER", new IntegerConstant(2, PrimitiveKind.Int))]);

    private static (HeaderModel Model, DiagnosticBag Diagnostics) Select(string[] include, string[] exclude)
    {
        var diagnostics = new DiagnosticBag();
        var options = C.Options() with { Include = [.. include], Exclude = [.. exclude] };
        return (SelectPass.Run(Model, options, diagnostics), diagnostics);
    }

    [Fact]
    public void No_globs_select_everything()
    {
        var (selected, diagnostics) = Select([], []);
        Assert.Equal(3, selected.Functions.Length);
        Assert.Equal(3, selected.Records.Length);
        Assert.Equal(2, selected.Constants.Length);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Selected_functions_pull_in_the_types_they_use_even_excluded_ones()
    {
        var (selected, _) = Select(["lib_*", "LIB_*"], ["lib_debug", "lib_config"]);
        Assert.Equal(["lib_open"], selected.Functions.Select(f => f.Name));
        Assert.Equal(["lib_handle_s", "lib_config", "lib_unused"], selected.Records.Select(r => r.Name));
        Assert.Equal(["lib_handle"], selected.Typedefs.Select(t => t.Name));
        Assert.Contains(selected.Enums, e => e.Name == "lib_level");
        Assert.Equal(["LIB_VERSION"], selected.Constants.Select(c => c.Name));
    }

    [Fact]
    public void Anonymous_enums_are_filtered_member_by_member()
    {
        var (selected, _) = Select(["LIB_*"], []);
        var anonymous = Assert.Single(selected.Enums, e => e.IsAnonymous);
        Assert.Equal(["LIB_MAX"], anonymous.Members.Select(m => m.Name));
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_a_warning()
    {
        var (_, diagnostics) = Select(["lib_*", "lbi_*"], ["nothing"]);
        Assert.Equal(2, diagnostics.Items.Count(d => d.Id == DiagnosticIds.GlobMatchedNothing && d.Severity == DiagnosticSeverity.Warning));
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("'lbi_*'"));
    }
}
