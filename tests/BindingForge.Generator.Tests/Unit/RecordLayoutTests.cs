using BindingForge.Generator.Tests.Support;
using BindingForge.Generator.Thin;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Tests.Unit;

/// <summary>
/// Record layouts C# needs help with, on hand-built models: empty records and size-0 members, the byte runs of
/// bitfields without storage, and the names of generated members next to C fields.
/// </summary>
public sealed class RecordLayoutTests
{
    private static string Types(GenerationResult result) => result.Files.Single(f => f.RelativePath == "TestNative.Types.cs").Content;

    private static string Layout(GenerationResult result) => result.Files.Single(f => f.RelativePath == "TestNative.Layout.cs").Content;

    private static GenerationResult Generate(params RecordDecl[] records) =>
        C.Generate(C.Model(functions: [C.Fn("f", C.Void, [.. records.Select(r => ($"p_{r.Name}", (CType)C.Ptr(C.Struct(r.Name))))])], records: records));

    private static FieldDecl Bits(string name, CType type, long offsetBits, int width) => new(name, type, offsetBits) { BitWidth = width };

    [Fact]
    public void Empty_records_are_the_one_byte_struct_Verify_expects_and_size_0_members_have_no_field()
    {
        // struct e {}; struct only { int items[0]; } (alignment 4); struct holder { int a; struct e e; int b; }
        var result = Generate(
            C.Record("e", 0, 1),
            C.Record("only", 0, 4, C.Field("items", C.Array(C.Int, 0), 0)),
            C.Record("holder", 8, 4, C.Field("a", C.Int, 0), C.Field("e", C.Struct("e"), 4), C.Field("b", C.Int, 4)));
        var types = Types(result);
        Assert.DoesNotContain("Size = 0", types, StringComparison.Ordinal);
        Assert.DoesNotContain("_alignment", types, StringComparison.Ordinal);
        Assert.DoesNotContain("public e e;", types, StringComparison.Ordinal);
        Assert.Contains("sizeof(only (empty in C))\", sizeof(only), 1);", Layout(result), StringComparison.Ordinal);
        Assert.Contains(result.Summary.Skipped, s => s.Name == "holder.e" && s.DiagnosticId == DiagnosticIds.LayoutNotExpressible);

        var compiled = CSharpCompiler.Compile("Empty", C.Sources(result));
        Assert.True(compiled.Success, compiled.Report());
        using var assembly = new LoadedAssembly(compiled.Image!, "Empty");
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Generated.Test.TestNativeLayout", "Verify")!);
    }

    [Theory]
    // bits [8, 24): bytes 1-2, one ushort
    [InlineData(8, 16, "1:2:0:0:16")]
    // bits [11, 24): bytes 1-2, from bit 3
    [InlineData(11, 13, "1:2:3:0:13")]
    // bits [24, 44): bytes 3-5, a ushort then a byte
    [InlineData(24, 20, "3:2:0:0:16 5:1:0:16:4")]
    // bits [4, 68): 9 bytes, a ulong then a byte
    [InlineData(4, 64, "0:8:4:0:60 8:1:0:60:4")]
    // bits [1, 56): 7 bytes, uint + ushort + byte
    [InlineData(1, 55, "0:4:1:0:31 4:2:0:31:16 6:1:0:47:8")]
    public void A_byte_run_is_the_smallest_cover_cut_into_chunks(long offsetBits, int width, string expected)
    {
        var chunks = BitfieldBytes.Chunks(offsetBits, width);
        Assert.Equal(expected, string.Join(" ", chunks.Select(c => $"{c.Offset}:{c.Size}:{c.Shift}:{c.ValueShift}:{c.Bits}")));
        Assert.Equal(width, chunks.Sum(c => c.Bits));
    }

    [Fact]
    public void Generated_members_step_aside_for_C_fields_of_the_same_name()
    {
        // Packed, over-aligned: struct { char ByteAt; unsigned Alignment : 12; char Allocate; } aligned(16).
        var record = C.Record("odd", 16, 16,
            C.Field("ByteAt", C.Char, 0), Bits("Alignment", C.UInt, 8, 12), C.Field("Allocate", C.Char, 3));
        var result = Generate(record);
        var types = Types(result);
        Assert.Contains("public const int Alignment_ = 16;", types, StringComparison.Ordinal);
        Assert.Contains("public static odd* Allocate_(nuint count)", types, StringComparison.Ordinal);
        Assert.Contains("public static void Free(odd* memory)", types, StringComparison.Ordinal);
        Assert.Contains("private readonly ref byte ByteAt_(int offset)", types, StringComparison.Ordinal);
        Assert.Contains("ReadUnaligned<ushort>(ref ByteAt_(1))", types, StringComparison.Ordinal);

        var compiled = CSharpCompiler.Compile("Odd", C.Sources(result));
        Assert.True(compiled.Success, compiled.Report());
    }
}
