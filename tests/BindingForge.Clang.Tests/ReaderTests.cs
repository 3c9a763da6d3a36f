using System.Collections.Immutable;
using BindingForge.Clang.Tests.Support;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests;

/// <summary>Reader behaviour on small headers written by each test.</summary>
public sealed class ReaderTests
{
    [Fact]
    public void Headers_of_other_folders_stay_out_of_the_model_and_their_typedefs_are_resolved()
    {
        using var temp = new TempHeaders();
        temp.Write("base/base.h", "#include <stddef.h>\ntypedef unsigned char base_byte;\ntypedef size_t base_size;\nint base_fn(void);\n");
        var api = temp.Write("api/api.h", "#include \"../base/base.h\"\nbase_byte api_get(base_size n, size_t m);\n");
        var model = Read.Headers(api).Model;
        var function = Assert.Single(model.Functions);
        Assert.Equal("api_get", function.Name);
        Assert.Empty(model.Typedefs);
        Assert.Equal(PrimitiveKind.UChar, Assert.IsType<PrimitiveType>(function.ReturnType).Kind);
        Assert.Equal("base_byte", function.ReturnType.Spelling);
        Assert.Equal("size_t", Assert.IsType<TypedefRef>(function.Parameters[0].Type).Name);
        Assert.Equal("size_t", Assert.IsType<TypedefRef>(function.Parameters[1].Type).Name);
    }

    [Fact]
    public void Headers_the_named_one_includes_from_its_own_folder_or_below_are_part_of_the_library()
    {
        // An API split over several headers, as curl/curl.h includes curl/easy.h and curl/multi.h.
        using var temp = new TempHeaders();
        temp.Write("lib/easy.h", "/** Easy. */\nint lib_easy(void);\n#define LIB_EASY_FLAG 4\n");
        temp.Write("lib/sub/more.h", "typedef struct lib_more { int x; } lib_more;\nint lib_more_fn(lib_more *m);\n");
        temp.Write("other/foreign.h", "int foreign_fn(void);\n");
        var api = temp.Write("lib/lib.h", "#include \"easy.h\"\n#include \"sub/more.h\"\n#include \"../other/foreign.h\"\nint lib_init(void);\n");

        var model = Read.Headers(api).Model;

        Assert.Equal(["lib_easy", "lib_more_fn", "lib_init"], model.Functions.Select(f => f.Name));
        Assert.Equal("Easy.", model.Functions[0].Doc?.Summary.Trim());
        Assert.EndsWith("easy.h", model.Functions[0].Location.File, StringComparison.Ordinal);
        Assert.Contains(model.Records, r => r.Name == "lib_more");
        Assert.Contains(model.Constants, c => c.Name == "LIB_EASY_FLAG");
    }

    [Fact]
    public void A_header_in_a_system_include_root_brings_no_other_header_of_that_root()
    {
        // zlib.h includes zconf.h and sqlite3.h stdarg.h: only what the user named is bound from /usr/include.
        var model = Read.Headers("/usr/include/zlib.h").Model;
        Assert.DoesNotContain(model.Functions, f => f.Location.File.EndsWith("zconf.h", StringComparison.Ordinal));
        Assert.All(model.Functions, f => Assert.Equal("/usr/include/zlib.h", f.Location.File));
    }

    [Fact]
    public void Function_like_macros_are_kept_with_their_parameters_last_definition_winning()
    {
        var model = Read.Text("#define SQUARE(x) ((x) * (x))\n#define LOG(fmt, ...) printf(fmt, __VA_ARGS__)\n#define SQUARE(y) ((y) * (y))\n#define PLAIN 3\n");

        Assert.Equal([("LOG", "fmt ..."), ("SQUARE", "y")], model.FunctionMacros.Select(m => (m.Name, string.Join(' ', m.Parameters))));
        Assert.Equal(3, model.FunctionMacros[1].Location.Line);
        Assert.Equal(["PLAIN"], model.Constants.Select(c => c.Name));
    }

    [Fact]
    public void Several_headers_are_read_in_the_order_named()
    {
        using var temp = new TempHeaders();
        var second = temp.Write("second.h", "int second(void);\n");
        var first = temp.Write("first.h", "int first(void);\n");
        var model = Read.Headers(first, second).Model;
        Assert.Equal(["first", "second"], model.Functions.Select(f => f.Name));
        Assert.Equal([first, second], model.Functions.Select(f => f.Location.File));
    }

    [Fact]
    public void Headers_are_found_through_include_dirs_and_defines_apply()
    {
        using var temp = new TempHeaders();
        temp.Write("feature.h", "#ifdef WITH_FEATURE\nint feature(void);\n#endif\n#define LEVEL_COPY LEVEL\n");
        var request = new HeaderReadRequest(["feature.h"], [temp.Dir], ["WITH_FEATURE", "LEVEL=3"]);
        var result = new HeaderReader().Read(request);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(Path.Combine(temp.Dir, "feature.h"), Assert.Single(result.Model.Functions).Location.File);
        Assert.Equal(new IntegerConstant(3, PrimitiveKind.Int), Assert.Single(result.Model.Constants).Value);
        Assert.Empty(new HeaderReader().Read(request with { Defines = [] }).Model.Functions);
    }

    [Fact]
    public void Extra_arguments_reach_clang()
    {
        using var temp = new TempHeaders();
        var header = temp.Write("extra.h", "#if EXTRA == 2\nint extra(void);\n#endif\n");
        var request = HeaderReadRequest.ForHeaders(header) with { ExtraArgs = ["-DEXTRA=2"] };
        Assert.Single(new HeaderReader().Read(request).Model.Functions);
    }

    [Fact]
    public void Macro_evaluation_can_be_turned_off()
    {
        using var temp = new TempHeaders();
        var header = temp.Write("m.h", "#define ANSWER 42\n");
        Assert.Single(new HeaderReader().Read(HeaderReadRequest.ForHeaders(header)).Model.Constants);
        Assert.Empty(new HeaderReader().Read(HeaderReadRequest.ForHeaders(header) with { EvaluateMacros = false }).Model.Constants);
    }

    [Fact]
    public void A_macro_defined_again_takes_its_last_value_in_the_place_of_its_last_definition()
    {
        var model = Read.Text("#define A 1\n#define B 2\n#undef A\n#define A 3\n#define C 4\n");
        Assert.Equal(["B", "A", "C"], model.Constants.Select(c => c.Name));
        Assert.Equal(3, Assert.IsType<IntegerConstant>(model.Constants.Single(c => c.Name == "A").Value).Value);
    }

    [Fact]
    public void Ms_abi_is_an_other_calling_convention()
    {
        var model = Read.Text("void __attribute__((ms_abi)) windows_style(int x);\n");
        Assert.Equal(CallingConvention.Other, model.Functions[0].CallingConvention);
    }

    [Fact]
    public void Array_and_function_parameters_are_adjusted_to_pointers()
    {
        var model = Read.Text("typedef int four[4];\nvoid f(int a[4], four b, int g(int), const char *argv[]);\n");
        var parameters = model.Functions[0].Parameters.Select(p => p.Type).ToList();
        Assert.Equal(PrimitiveKind.Int, Assert.IsType<PrimitiveType>(Assert.IsType<PointerType>(parameters[0]).Pointee).Kind);
        Assert.Equal("int[4]", parameters[0].Spelling);
        Assert.Equal(PrimitiveKind.Int, Assert.IsType<PrimitiveType>(Assert.IsType<PointerType>(parameters[1]).Pointee).Kind);
        Assert.IsType<FunctionType>(Assert.IsType<PointerType>(parameters[2]).Pointee);
        Assert.IsType<PointerType>(Assert.IsType<PointerType>(parameters[3]).Pointee);
    }

    [Fact]
    public void A_record_declared_only_where_it_is_used_is_an_opaque_record()
    {
        var model = Read.Text("struct node { struct tree *owner; };\nstruct thing *make(void);\n");
        Assert.Equal(["node", "tree", "thing"], model.Records.Select(r => r.Name));
        Assert.All(model.Records.Skip(1), r => Assert.False(r.IsComplete));
    }

    [Fact]
    public void A_forward_declaration_before_the_definition_gives_one_complete_record()
    {
        var model = Read.Text("typedef struct later later_t;\nvoid use(later_t *p);\nstruct later { int a; long b; };\n");
        var record = Assert.Single(model.Records);
        Assert.True(record.IsComplete);
        Assert.Equal(16, record.Size);
        Assert.Equal("later_t", record.TypedefName);
        Assert.Equal(3, record.Location.Line);
    }

    [Fact]
    public void File_scope_tagless_records_get_synthesized_names()
    {
        var model = Read.Text("typedef struct { int a; } *handle_t;\n");
        Assert.Equal("anon_struct_0", Assert.Single(model.Records).Name);
        var pointer = Assert.IsType<PointerType>(Assert.Single(model.Typedefs).Underlying);
        Assert.Equal("anon_struct_0", Assert.IsType<RecordRef>(pointer.Pointee).Name);
        Assert.Equal("struct anon_struct_0 *", pointer.Spelling);
    }

    [Fact]
    public void A_repeated_typedef_and_a_redefined_macro_appear_once()
    {
        var model = Read.Text("typedef int t;\ntypedef int t;\n#define V 1\n#undef V\n#define V 2\n");
        Assert.Single(model.Typedefs);
        Assert.Equal(new IntegerConstant(2, PrimitiveKind.Int), Assert.Single(model.Constants).Value);
        Assert.Equal(5, model.Constants[0].Location.Line);
    }

    [Fact]
    public void An_include_guard_with_a_value_is_not_a_constant()
    {
        var model = Read.Text("/* guarded */\n#ifndef GUARD_H\n#define GUARD_H 1\n#define REAL 7\n#endif\n");
        Assert.Equal(["REAL"], model.Constants.Select(c => c.Name));
    }

    [Fact]
    public void Attributes_written_through_macros_are_read_where_spelled()
    {
        var model = Read.Text("#define WUR __attribute__((__warn_unused_result__))\n#define NONNULL(i) __attribute__((nonnull(i)))\nint f(char *p) WUR NONNULL(1);\n");
        Assert.Equal<string>(["warn_unused_result", "nonnull(1)"], model.Functions[0].Attributes);
    }

    [Fact]
    public void Relative_and_default_requests_do_not_throw()
    {
        var result = new HeaderReader().Read(new HeaderReadRequest(default, default, default));
        Assert.True(result.HasErrors);
        Assert.Same(HeaderModel.Empty, result.Model);
    }

    [Fact]
    public void Libclang_own_header_parses()
    {
        // scripts/setup.sh installs libclang-19-dev: libclang is one of the real libraries under test.
        const string index = "/usr/lib/llvm-19/include/clang-c/Index.h";
        Assert.True(File.Exists(index), "libclang-19-dev is not installed: run scripts/setup.sh");
        var result = new HeaderReader().Read(new HeaderReadRequest([index], ["/usr/lib/llvm-19/include"], []));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Model.FindFunction("clang_parseTranslationUnit2"));
        Assert.Equal(32, result.Model.FindRecord("CXCursor")?.Size);
    }

    [Fact]
    public void Requests_are_values()
    {
        var a = new HeaderReadRequest(["x.h"], [], []);
        Assert.True(a.EvaluateMacros);
        Assert.Equal(ImmutableArray<string>.Empty, a.ExtraArgs);
    }
}
