using BindingForge.Clang.Tests.Support;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests.Everything;

public sealed class EverythingFunctionTests(EverythingFixture everything) : IClassFixture<EverythingFixture>
{
    [Fact]
    public void Reads_every_function_of_the_header_and_nothing_from_its_includes()
    {
        Assert.False(everything.Result.HasErrors, string.Join("\n", everything.Result.Diagnostics));
        Assert.Equal(30, everything.Model.Functions.Length);
        Assert.Equal("ev_version", everything.Model.Functions[0].Name);
        Assert.Equal("ev_record_init", everything.Model.Functions[^1].Name);
        Assert.All(everything.Model.Functions, f => Assert.Equal(TestPaths.Everything, f.Location.File));
    }

    [Fact]
    public void Variadic_functions_are_flagged()
    {
        var sum = everything.Function("ev_sum");
        Assert.True(sum.IsVariadic);
        Assert.Single(sum.Parameters);
        Assert.False(everything.Function("ev_add").IsVariadic);
    }

    [Fact]
    public void Unnamed_parameters_get_synthesized_names()
    {
        var unnamed = everything.Function("ev_unnamed");
        Assert.Equal(["arg0", "arg1"], unnamed.Parameters.Select(p => p.Name));
        Assert.All(unnamed.Parameters, p => Assert.True(p.IsNameSynthesized));
        Assert.False(everything.Function("ev_add").Parameters[0].IsNameSynthesized);
    }

    [Fact]
    public void Calling_conventions_are_read()
    {
        Assert.Equal(CallingConvention.Cdecl, everything.Function("ev_sysv").CallingConvention);
        Assert.Equal(CallingConvention.Cdecl, everything.Function("ev_add").CallingConvention);
    }

    [Fact]
    public void Attributes_are_kept_as_written()
    {
        Assert.Equal<string>(["malloc", "warn_unused_result", "ownership_returns(malloc)"], everything.Function("ev_alloc").Attributes);
        Assert.Equal<string>(["ownership_takes(malloc, 1)"], everything.Function("ev_free").Attributes);
        Assert.Equal<string>(["deprecated(\"use ev_add\")"], everything.Function("ev_old_add").Attributes);
        Assert.Equal<string>(["nonnull(1)"], everything.Function("ev_strlen").Attributes);
        Assert.Empty(everything.Function("ev_add").Attributes);
    }

    [Fact]
    public void Nullability_is_carried_by_the_pointer()
    {
        Assert.Equal(Nullability.NonNull, Assert.IsType<PointerType>(everything.Function("ev_strlen").Parameters[0].Type).Nullability);
        Assert.Equal(Nullability.Nullable, Assert.IsType<PointerType>(everything.Function("ev_name").ReturnType).Nullability);
        Assert.Equal(Nullability.Nullable, Assert.IsType<PointerType>(everything.Function("ev_close").Parameters[0].Type).Nullability);
        Assert.Equal(Nullability.Unspecified, Assert.IsType<PointerType>(everything.Function("ev_free").Parameters[0].Type).Nullability);
    }

    [Fact]
    public void Const_is_kept_on_the_pointee()
    {
        var name = Assert.IsType<PointerType>(everything.Function("ev_open").Parameters[0].Type);
        Assert.True(name.Pointee.IsConst);
        Assert.False(name.IsConst);
        var point = Assert.IsType<PointerType>(everything.Function("ev_point_sum").Parameters[0].Type);
        Assert.Equal("ev_point", Assert.IsType<TypedefRef>(point.Pointee).Name);
        Assert.True(point.Pointee.IsConst);
        Assert.Equal("const ev_point *", point.Spelling);
    }

    [Fact]
    public void Function_pointer_parameters_and_returns_are_function_types_inside_pointers()
    {
        var inline = Assert.IsType<PointerType>(everything.Function("ev_apply_inline").Parameters[0].Type);
        var function = Assert.IsType<FunctionType>(inline.Pointee);
        Assert.Equal(2, function.Parameters.Length);
        Assert.Equal(PrimitiveKind.Int, Assert.IsType<PrimitiveType>(function.ReturnType).Kind);
        Assert.Equal("ev_callback", Assert.IsType<TypedefRef>(everything.Function("ev_apply").Parameters[0].Type).Name);
        Assert.Equal("ev_callback", Assert.IsType<TypedefRef>(everything.Function("ev_default_callback").ReturnType).Name);
    }

    [Fact]
    public void Primitive_and_standard_types_map_by_kind_and_name()
    {
        Assert.Equal(PrimitiveKind.Float, Assert.IsType<PrimitiveType>(everything.Function("ev_scale").Parameters[0].Type).Kind);
        Assert.Equal(PrimitiveKind.Long, Assert.IsType<PrimitiveType>(everything.Function("ev_long").ReturnType).Kind);
        Assert.Equal(PrimitiveKind.ULongLong, Assert.IsType<PrimitiveType>(everything.Function("ev_ull").ReturnType).Kind);
        Assert.Equal(PrimitiveKind.Bool, Assert.IsType<PrimitiveType>(everything.Function("ev_is_even").ReturnType).Kind);
        Assert.Equal("int64_t", Assert.IsType<TypedefRef>(everything.Function("ev_i64").ReturnType).Name);
        Assert.Equal("size_t", Assert.IsType<TypedefRef>(everything.Function("ev_alloc").Parameters[0].Type).Name);
        Assert.Equal("ev_signed", Assert.IsType<EnumRef>(everything.Function("ev_sign").ReturnType).Name);
        var union = Assert.IsType<RecordRef>(everything.Function("ev_value_of_int").ReturnType);
        Assert.Equal(("ev_value", RecordKind.Union), (union.Name, union.Kind));
    }

    [Fact]
    public void Doxygen_comments_are_parsed()
    {
        var doc = everything.Function("ev_add").Doc!;
        Assert.Equal("Adds two numbers.", doc.Summary);
        Assert.Equal(new ParamDoc("the first number", ParamDirection.In), doc.Params["a"]);
        Assert.Equal(new ParamDoc("the second number", ParamDirection.In), doc.Params["b"]);
        Assert.Equal("the sum of a and b", doc.Returns);

        var open = everything.Function("ev_open").Doc!;
        Assert.Equal("Opens a handle.", open.Summary);
        Assert.Equal(ParamDirection.Out, open.Params["out"].Direction);
        Assert.Equal(ParamDirection.InOut, everything.Function("ev_point_move").Doc!.Params["p"].Direction);

        var alloc = everything.Function("ev_alloc").Doc!;
        Assert.Equal("the memory, to free with ev_free", alloc.Returns);
        Assert.Equal(new ParamDoc("how many bytes", ParamDirection.Unspecified), alloc.Params["size"]);
    }

    [Fact]
    public void Plain_comments_are_summaries()
    {
        var doc = everything.Function("ev_free").Doc!;
        Assert.Equal("Frees what ev_alloc returned.", doc.Text);
        Assert.Equal(doc.Text, doc.Summary);
        Assert.Empty(doc.Params);
        Assert.Null(everything.Function("ev_point_make").Doc);
    }

    [Fact]
    public void Locations_point_at_the_declared_name()
    {
        var version = everything.Function("ev_version");
        var line = File.ReadAllLines(TestPaths.Everything)[version.Location.Line - 1];
        Assert.Equal("ev_version", line.Substring(version.Location.Column - 1, "ev_version".Length));
    }

    [Fact]
    public void The_extern_variable_is_modelled_as_a_global_of_its_type()
    {
        var global = Assert.Single(everything.Result.Model.Globals);
        Assert.Equal("ev_counter", global.Name);
        Assert.Equal(PrimitiveKind.Int, Assert.IsType<PrimitiveType>(global.Type).Kind);
        Assert.Equal(239, global.Location.Line);
        Assert.DoesNotContain(everything.Result.Diagnostics, d => d.Id == ClangDiagnosticIds.DeclarationSkipped);
    }
}
