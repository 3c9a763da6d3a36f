using BindingForge.Generator.Tests.Support;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Tests.Unit;

/// <summary>C types as they appear in generated signatures and fields, on hand-built models.</summary>
public sealed class TypeMappingTests
{
    private static string Native(GenerationResult result) => result.Files.Single(f => f.RelativePath == "TestNative.cs").Content;

    private static string Types(GenerationResult result) => result.Files.Single(f => f.RelativePath == "TestNative.Types.cs").Content;

    private static GenerationResult One(CType result, params (string, CType)[] parameters) =>
        C.Generate(C.Model(functions: [C.Fn("f", result, parameters)]));

    [Theory]
    [InlineData(PrimitiveKind.Char, "byte")]
    [InlineData(PrimitiveKind.SChar, "sbyte")]
    [InlineData(PrimitiveKind.UChar, "byte")]
    [InlineData(PrimitiveKind.Short, "short")]
    [InlineData(PrimitiveKind.UShort, "ushort")]
    [InlineData(PrimitiveKind.Int, "int")]
    [InlineData(PrimitiveKind.UInt, "uint")]
    [InlineData(PrimitiveKind.Long, "CLong")]
    [InlineData(PrimitiveKind.ULong, "CULong")]
    [InlineData(PrimitiveKind.LongLong, "long")]
    [InlineData(PrimitiveKind.ULongLong, "ulong")]
    [InlineData(PrimitiveKind.Float, "float")]
    [InlineData(PrimitiveKind.Double, "double")]
    [InlineData(PrimitiveKind.Bool, "byte")]
    public void Scalars(PrimitiveKind kind, string expected) =>
        Assert.Contains($"public static partial {expected} f({expected} x);", Native(One(C.P(kind, "t"), ("x", C.P(kind, "t")))));

    [Theory]
    [InlineData("size_t", "nuint")]
    [InlineData("ssize_t", "nint")]
    [InlineData("intptr_t", "nint")]
    [InlineData("uintptr_t", "nuint")]
    [InlineData("ptrdiff_t", "nint")]
    [InlineData("uint8_t", "byte")]
    [InlineData("int64_t", "long")]
    public void Well_known_typedefs_are_recognised_before_resolving(string typedef, string expected)
    {
        // Even when the model resolves size_t to unsigned long, the binding says nuint.
        var model = C.Model(functions: [C.Fn("f", C.Void, ("x", C.Typedef(typedef)))], typedefs: [C.TypedefDecl(typedef, C.ULong)]);
        Assert.Contains($"public static partial void f({expected} x);", Native(C.Generate(model)));
    }

    [Fact]
    public void Scalar_and_pointer_typedefs_become_what_they_stand_for()
    {
        var model = C.Model(
            functions: [C.Fn("f", C.Typedef("flags2"), ("p", C.Typedef("int_ptr")), ("s", C.Typedef("cstr")))],
            typedefs: [C.TypedefDecl("flags", C.UInt), C.TypedefDecl("flags2", C.Typedef("flags")),
                       C.TypedefDecl("int_ptr", C.Ptr(C.Int)), C.TypedefDecl("cstr", C.Ptr(C.Char))]);
        var result = C.Generate(model);
        Assert.Contains("public static partial uint f(int* p, byte* s);", Native(result));
        Assert.Equal(4, result.Summary.Typedefs);
    }

    [Fact]
    public void Records_take_their_typedef_name_and_opaque_ones_stay_typed()
    {
        var model = C.Model(
            functions: [C.Fn("f", C.Void, ("s", C.Ptr(C.Typedef("z_stream"))), ("h", C.Ptr(C.Ptr(C.Struct("handle")))))],
            records: [C.Record("z_stream_s", 4, 4, C.Field("n", C.Int, 0)) with { TypedefName = "z_stream" },
                      new RecordDecl("handle", RecordKind.Struct, false, C.Here)],
            typedefs: [C.TypedefDecl("z_stream", C.Struct("z_stream_s"))]);
        var result = C.Generate(model);
        Assert.Contains("public static partial void f(z_stream* s, handle** h);", Native(result));
        Assert.Contains("public partial struct z_stream\n", Types(result));
        Assert.Contains("public struct handle\n{\n}", Types(result));
        Assert.DoesNotContain("z_stream_s", Types(result));
    }

    [Fact]
    public void Function_pointers_arrays_and_keywords()
    {
        var callback = C.Ptr(C.FnType(C.Int, C.Ptr(C.Void), C.Long));
        var result = One(C.Void, ("params", callback), ("values", C.Array(C.Int, 4)), ("string", C.Array(C.Char, null)));
        Assert.Contains("public static partial void f(delegate* unmanaged[Cdecl]<void*, CLong, int> @params, int* values, byte* @string);", Native(result));
    }

    [Fact]
    public void A_keyword_function_name_is_escaped_with_its_entry_point()
    {
        var result = C.Generate(C.Model(functions: [C.Fn("lock", C.Void)]));
        Assert.Contains("[LibraryImport(LibraryName, EntryPoint = \"lock\")]", Native(result));
        Assert.Contains("public static partial void @lock();", Native(result));
    }

    [Fact]
    public void Unsupported_types_skip_the_function_with_a_warning()
    {
        var model = C.Model(functions: [
            C.Fn("ld", C.P(PrimitiveKind.LongDouble, "long double")),
            C.Fn("i128", C.Void, ("x", C.P(PrimitiveKind.Int128, "__int128"))),
            C.Fn("unknown", C.Void, ("x", C.Typedef("mystery_t"))),
            C.Fn("ok", C.Void, ("x", C.Ptr(C.Typedef("mystery_t"))))]);
        var result = C.Generate(model);
        Assert.Equal(["ld", "i128", "unknown"], result.Summary.Skipped.Select(s => s.Name));
        Assert.Equal([DiagnosticIds.UnsupportedType, DiagnosticIds.CallNotExpressible, DiagnosticIds.UnknownType], result.Summary.Skipped.Select(s => s.DiagnosticId));
        Assert.Contains("public static partial void ok(void* x);", Native(result));
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.UnknownType && d.Message.Contains("'mystery_t *' is bound as void*"));
        Assert.Equal(1, result.Summary.Functions);
    }

    [Fact]
    public void Bool_results_carry_a_remark()
    {
        var native = Native(One(C.Bool, ("flag", C.Bool)));
        Assert.Contains("/// <remarks>C bool values are passed as bytes: 0 is false, 1 is true.</remarks>", native);
        Assert.Contains("public static partial byte f(byte flag);", native);
    }

    [Fact]
    public void A_field_without_a_CSharp_form_is_kept_as_raw_bytes()
    {
        var record = C.Record("holder", 32, 16, C.Field("before", C.Int, 0), C.Field("value", C.P(PrimitiveKind.LongDouble, "long double"), 16));
        var result = C.Generate(C.Model(functions: [C.Fn("f", C.Void, ("h", C.Ptr(C.Struct("holder"))))], records: [record]));
        Assert.Contains("public TestNative.ByteArray16 value;", Types(result));
        Assert.Contains(result.Summary.Skipped, s => s.Kind == "field" && s.Name == "holder.value");
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.AlignmentNotExpressible);
    }
}
