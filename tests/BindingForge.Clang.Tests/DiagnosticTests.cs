using BindingForge.Clang.Tests.Support;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests;

public sealed class DiagnosticTests
{
    [Fact]
    public void A_syntax_error_is_an_error_at_its_line_and_the_model_is_empty()
    {
        var result = Read.Headers(TestPaths.Broken);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(ClangDiagnosticIds.ParseError, error.Id);
        Assert.Equal(TestPaths.Broken, error.Location.File);
        Assert.Equal(6, error.Location.Line);
        Assert.Equal(22, error.Location.Column);
        Assert.Equal($"{TestPaths.Broken}(6,22): error BF1003: expected ')'", error.ToString());
        Assert.Same(HeaderModel.Empty, result.Model);
    }

    [Fact]
    public void A_missing_header_is_BF1002()
    {
        var result = Read.Headers("bindingforge_no_such_header.h");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((ClangDiagnosticIds.HeaderNotFound, DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Contains("bindingforge_no_such_header.h", error.Message, StringComparison.Ordinal);
        Assert.Same(HeaderModel.Empty, result.Model);
    }

    [Fact]
    public void No_header_at_all_is_BF1002()
    {
        var result = new HeaderReader().Read(new HeaderReadRequest([], [], []));
        Assert.Equal(ClangDiagnosticIds.HeaderNotFound, Assert.Single(result.Diagnostics).Id);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void A_missing_include_is_an_error_located_at_the_include()
    {
        var result = Read.TextWithDiagnostics("int a(void);\n#include \"bindingforge_missing.h\"\nint b(void);\n");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(ClangDiagnosticIds.ParseError, error.Id);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("'bindingforge_missing.h' file not found", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Model.Functions);
    }

    [Fact]
    public void Warnings_in_a_named_header_are_reported_and_the_model_kept()
    {
        var result = Read.TextWithDiagnostics("#warning \"careful\"\nint ok(void);\n");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((ClangDiagnosticIds.ParseWarning, DiagnosticSeverity.Warning, 1), (warning.Id, warning.Severity, warning.Location.Line));
        Assert.Contains("careful", warning.Message, StringComparison.Ordinal);
        Assert.Single(result.Model.Functions);
    }

    [Fact]
    public void Warnings_in_included_headers_are_dropped()
    {
        using var temp = new TempHeaders();
        temp.Write("other/inner.h", "#warning \"inner\"\nint inner(void);\n");
        var outer = temp.Write("lib/outer.h", "#include \"../other/inner.h\"\nint outer(void);\n");
        var result = Read.Headers(outer);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["outer"], result.Model.Functions.Select(f => f.Name));
    }

    [Fact]
    public void Unsupported_types_are_reported_as_BF1008()
    {
        var result = Read.TextWithDiagnostics("_Atomic int *counter(void);\n");
        var info = Assert.Single(result.Diagnostics);
        Assert.Equal((ClangDiagnosticIds.UnsupportedType, DiagnosticSeverity.Info), (info.Id, info.Severity));
        Assert.StartsWith("counter:", info.Message, StringComparison.Ordinal);
        Assert.IsType<UnsupportedType>(Assert.IsType<PointerType>(result.Model.Functions[0].ReturnType).Pointee);
    }

    [Fact]
    public void Static_functions_with_a_body_are_header_only_and_without_one_are_skipped_with_BF1009()
    {
        var result = Read.TextWithDiagnostics(
            "static inline int helper(int x) { return x; }\nint exported(void);\nstatic int plain(int x) /* body: */ { return x; }\nstatic int missing(int x);\nstatic inline int later(int x);\nstatic inline int later(int x) { return x; }\n");
        Assert.Equal([("helper", true), ("exported", false), ("plain", true), ("later", true)], result.Model.Functions.Select(f => (f.Name, f.IsHeaderOnly)));
        var skipped = Assert.Single(result.Diagnostics);
        Assert.Equal(ClangDiagnosticIds.DeclarationSkipped, skipped.Id);
        Assert.Contains("'missing'", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_found_message_names_the_install_command()
    {
        var diagnostic = Interop.LibClangLoader.NotFound(null, ["/nowhere/libclang.so"]);
        Assert.Equal(ClangDiagnosticIds.LibClangNotFound, diagnostic.Id);
        Assert.True(diagnostic.IsError);
        Assert.Contains("apt-get install -y libclang1-19 libclang-common-19-dev", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("BINDINGFORGE_LIBCLANG", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("/nowhere/libclang.so", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_BF1_id_has_a_documentation_page()
    {
        var ids = typeof(ClangDiagnosticIds).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(13, ids.Count);
        Assert.All(ids, id => Assert.True(File.Exists(Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics", id + ".md")), id));
    }

    [Fact]
    public void A_string_macro_with_an_embedded_NUL_is_left_out_with_BF1010_never_cut()
    {
        using var temp = new TempHeaders();
        var header = temp.Write("nul.h", """
            #define PLAIN "before after"
            #define JOINED "before" "after"
            #define CUT "before\0after"
            #define HEX_CUT "ab\x00" "cd"
            #define TRAILING "ends\0"
            """);
        var result = new HeaderReader().Read(HeaderReadRequest.ForHeaders(header));
        var strings = result.Model.Constants.Where(c => c.Value is StringConstant).ToDictionary(c => c.Name, c => ((StringConstant)c.Value).Utf8.ToArray());
        Assert.Equal(["JOINED", "PLAIN"], strings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("beforeafter"u8.ToArray(), strings["JOINED"]);
        var warnings = result.Diagnostics.Where(d => d.Id == ClangDiagnosticIds.StringMacroWithNul).ToArray();
        Assert.Equal(["CUT", "HEX_CUT", "TRAILING"], warnings.Select(w => w.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Equal(3, warnings.Single(w => w.Message.Contains("'CUT'", StringComparison.Ordinal)).Location.Line);
    }

    [Fact]
    public void An_unprototyped_function_is_bound_as_taking_no_arguments_with_BF1011_not_dropped_as_variadic()
    {
        using var temp = new TempHeaders();
        var header = temp.Write("old.h", """
            int legacy_count();
            int modern_count(void);
            int printf_like(const char *format, ...);
            typedef void (*legacy_callback)();
            void set_callback(legacy_callback callback);
            struct holder { void (*notify)(); };
            typedef void (legacy_fn)();
            extern legacy_fn legacy_through_typedef;
            """);
        var result = new HeaderReader().Read(HeaderReadRequest.ForHeaders(header));
        var model = result.Model;
        var legacy = model.Functions.Single(f => f.Name == "legacy_count");
        Assert.False(legacy.IsVariadic);
        Assert.Empty(legacy.Parameters);
        Assert.True(model.Functions.Single(f => f.Name == "printf_like").IsVariadic);
        var throughTypedef = model.Functions.Single(f => f.Name == "legacy_through_typedef");
        Assert.False(throughTypedef.IsVariadic);
        Assert.False(throughTypedef.HasPrototype);
        var callback = Assert.IsType<FunctionType>(Assert.IsType<PointerType>(model.Typedefs.Single(t => t.Name == "legacy_callback").Underlying).Pointee);
        Assert.False(callback.IsVariadic);
        Assert.Empty(callback.Parameters);

        var notes = result.Diagnostics.Where(d => d.Id == ClangDiagnosticIds.Unprototyped).ToArray();
        Assert.All(notes, n => Assert.Equal(DiagnosticSeverity.Info, n.Severity));
        Assert.Equal([1, 4, 6, 7, 8], notes.Select(n => n.Location.Line).Order());
        Assert.Contains("'legacy_count'", notes.Single(n => n.Location.Line == 1).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invisible_format_characters_in_a_comment_get_BF1012_at_the_declaration_they_document()
    {
        using var temp = new TempHeaders();
        var header = temp.Write("bidi.h", "/** Opens \u202Eevil\u202C text. */\nint net_open(int x);\n/** Plain. */\nint net_close(int x);\n#define NET_FLAG 1 /* zero\u200Bwidth */\n");

        var result = new HeaderReader().Read(HeaderReadRequest.ForHeaders(header));

        var warnings = result.Diagnostics.Where(d => d.Id == ClangDiagnosticIds.InvisibleCharacters).OrderBy(d => d.Location.Line).ToArray();
        Assert.Equal([2, 5], warnings.Select(w => w.Location.Line));
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Contains("'net_open'", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("U+202E, U+202C", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("'NET_FLAG'", warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Static_and_thread_local_variables_are_left_out_with_BF1009_and_extern_ones_are_globals()
    {
        using var temp = new TempHeaders();
        var header = temp.Write("vars.h", "extern int shared_count;\nstatic int private_count;\nextern _Thread_local int per_thread;\nextern const char name[];\n");

        var result = new HeaderReader().Read(HeaderReadRequest.ForHeaders(header));

        Assert.Equal(["shared_count", "name"], result.Model.Globals.Select(g => g.Name));
        Assert.True(Assert.IsType<PrimitiveType>(Assert.IsType<ArrayType>(result.Model.Globals[1].Type).Element).IsConst);
        var skipped = result.Diagnostics.Where(d => d.Id == ClangDiagnosticIds.DeclarationSkipped).OrderBy(d => d.Location.Line).ToArray();
        Assert.Equal([(2, DiagnosticSeverity.Info), (3, DiagnosticSeverity.Warning)], skipped.Select(d => (d.Location.Line, d.Severity)));
    }
}
