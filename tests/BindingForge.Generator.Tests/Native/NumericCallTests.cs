using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// tests/native/numeric.h bound and called in libbffixture (built by gcc): overloadable functions reach the symbol of
/// each overload, complex numbers, 128-bit integers and _Float16 pass and read as C passes and lays them out, and the
/// functions .NET cannot call as C does are refused (BF3011) for the reasons the last test measures.
/// </summary>
public sealed class NumericCallTests
{
    private static string Header => Path.Combine(SafeBindings.Root, "tests", "native", "numeric.h");

    private const string Driver = """
        using System.Numerics;
        using static Run.Numeric.NumericNative;

        namespace Run.Numeric;

        public static unsafe class Driver
        {
            public static string Overloads()
            {
                fixed (byte* text = "abc"u8)
                    return $"{bf_ov(21)}|{bf_ov(2.5)}|{bf_ov(text)}";
            }

            public static string Complex()
            {
                Complex product = bf_cmul(new ComplexDouble(1, 2), new ComplexDouble(3, 4));
                var single = bf_cmulf(new ComplexFloat(1, 2), (ComplexFloat)new Complex(3, 4));
                var pair = bf_cpair_sum(new bf_cpair { a = new ComplexFloat(1.5f, 2.5f), scale = 2 });
                return $"{product.Real},{product.Imaginary}|{single.Real},{single.Imaginary}|" +
                    $"{bf_cmix(1, new ComplexDouble(2, 3), 4, new ComplexFloat(5, 6))}|{pair}";
            }

            public static string ThroughPointers()
            {
                Int128 a = ((Int128)1 << 70) + 3, b = -5, product;
                bf_i128_mul_p(&a, &b, &product);
                UInt128 big = UInt128.MaxValue - 1, one = 1, sum;
                bf_u128_add_p(&big, &one, &sum);
                Half half = (Half)1.5f;
                bf_half_scale(&half, 2.5f);
                var wide = new bf_wide { low = 1, value = (Int128)9 << 64 };
                return $"{product == a * b}|{product}|{sum == UInt128.MaxValue}|{half}|{bf_wide_high(&wide)}";
            }

            public static string CWritesCSharpReads()
            {
                bf_numbers n;
                bf_numbers_fill(&n);
                return $"{(char)n.c0}{(char)n.c1}{(char)n.c2}{(char)n.c3}|{n.z.Real},{n.z.Imaginary}|{n.w.Real},{n.w.Imaginary}|" +
                    $"{n.i == -(((Int128)1 << 100) + 7)}|{n.u == ((UInt128)1 << 127) + 9}|{n.h}";
            }

            public static int CSharpWritesCReads()
            {
                var n = new bf_numbers
                {
                    c0 = (byte)'a', c1 = (byte)'b', c2 = (byte)'c', c3 = (byte)'d',
                    z = new Complex(1.5, -2.5), w = new ComplexFloat(3.25f, 4.5f),
                    i = -(((Int128)1 << 100) + 7), u = ((UInt128)1 << 127) + 9, h = (Half)0.375f,
                };
                return bf_numbers_check(&n);
            }

            /// <summary>Size and offsets as C# lays out bf_numbers, against gcc's, not only clang's numbers.</summary>
            public static string LayoutAgainstGcc()
            {
                var n = new bf_numbers();
                var start = (byte*)&n;
                long[] csharp =
                [
                    &n.c0 - start, (byte*)&n.z - start, &n.c1 - start, (byte*)&n.w - start, &n.c2 - start,
                    (byte*)&n.i - start, (byte*)&n.u - start, &n.c3 - start, (byte*)&n.h - start, (byte*)&n.ld - start,
                ];
                var mismatches = new List<string>();
                if ((nuint)sizeof(bf_numbers) != bf_numbers_size())
                    mismatches.Add($"size {sizeof(bf_numbers)} != {bf_numbers_size()}");
                for (var i = 0; i < csharp.Length; i++)
                {
                    if ((nuint)csharp[i] != bf_numbers_offset(i))
                        mismatches.Add($"member {i}: {csharp[i]} != {bf_numbers_offset(i)}");
                }

                return mismatches.Count == 0 ? $"{sizeof(bf_numbers)} bytes match" : string.Join("; ", mismatches);
            }
        }
        """;

    /// <summary>
    /// The refused functions called anyway, through function pointers from the library's exports, as a binding that
    /// ignored the ABI would: a _Float16 arrives in the wrong register and Int128 is refused by the runtime.
    /// </summary>
    private const string Unsafe = """
        using System.Runtime.InteropServices;

        namespace Run.Numeric;

        public static unsafe class Unbound
        {
            public static string Call(string library)
            {
                var handle = NativeLibrary.Load(library);
                var halfAdd = (delegate* unmanaged[Cdecl]<Half, Half, Half>)NativeLibrary.GetExport(handle, "bf_half_add");
                var i128Add = (delegate* unmanaged[Cdecl]<Int128, Int128, Int128>)NativeLibrary.GetExport(handle, "bf_i128_add");
                string half, i128;
                try { half = halfAdd((Half)1.5f, (Half)2f).ToString(); } catch (Exception e) { half = e.GetType().Name; }
                try { i128 = i128Add(1, 2).ToString(); } catch (Exception e) { i128 = e.GetType().Name; }
                return $"{half}|{i128}";
            }
        }
        """;

    private static GenerationResult Generate() => new VerifiedPipeline(Thin.NativeLibraryProbe.None).Run(new GeneratorOptions
    {
        Headers = [Header],
        Library = SafeBindings.FixtureLibrary,
        ClassName = "Numeric",
        Namespace = "Run.Numeric",
    });

    [Fact]
    public void Each_overload_is_called_under_its_mangled_symbol()
    {
        var result = Generate();
        var native = result.Files.Single(f => f.RelativePath == "NumericNative.cs").Content;
        Assert.Contains("EntryPoint = \"_Z5bf_ovi\"", native);
        Assert.Contains("EntryPoint = \"_Z5bf_ovd\"", native);
        Assert.Contains("EntryPoint = \"_Z5bf_ovPKc\"", native);
        using var assembly = GeneratedBinding.Load(result, "NumericOverloads", Driver);
        Assert.Equal("42|25|1003", assembly.Invoke("Run.Numeric.Driver", "Overloads"));
    }

    [Fact]
    public void Complex_numbers_pass_by_value_as_C_passes_them()
    {
        using var assembly = GeneratedBinding.Load(Generate(), "NumericComplex", Driver);
        Assert.Equal("-5,10|-5,10|654321|8", assembly.Invoke("Run.Numeric.Driver", "Complex"));
    }

    [Fact]
    public void Int128_and_Half_pass_through_pointers()
    {
        using var assembly = GeneratedBinding.Load(Generate(), "NumericPointers", Driver);
        Assert.Equal("True|-5902958103587056517135|True|3.75|10", assembly.Invoke("Run.Numeric.Driver", "ThroughPointers"));
    }

    [Fact]
    public void Numeric_fields_are_laid_out_as_gcc_lays_them_out()
    {
        using var assembly = GeneratedBinding.Load(Generate(), "NumericRecords", Driver);
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Run.Numeric.NumericNativeLayout", "Verify")!);
        Assert.Equal("112 bytes match", assembly.Invoke("Run.Numeric.Driver", "LayoutAgainstGcc"));
        Assert.Equal("abcd|1.5,-2.5|3.25,4.5|True|True|0.375", assembly.Invoke("Run.Numeric.Driver", "CWritesCSharpReads"));
        Assert.Equal(255, assembly.Invoke("Run.Numeric.Driver", "CSharpWritesCReads"));
    }

    [Fact]
    public void Functions_passing_Int128_or_Half_by_value_are_refused_with_the_cause()
    {
        var result = Generate();
        var refused = result.Diagnostics.Where(d => d.Id == DiagnosticIds.CallNotExpressible).Select(d => d.Message).ToList();
        Assert.Equal(4, refused.Count);
        Assert.Contains(refused, m => m.StartsWith("function 'bf_i128_add' is not bound", StringComparison.Ordinal) && m.Contains("MarshalDirectiveException"));
        Assert.Contains(refused, m => m.StartsWith("function 'bf_half_add' is not bound", StringComparison.Ordinal) && m.Contains("SSE register"));
        Assert.Contains(refused, m => m.StartsWith("function 'bf_wide_make' is not bound", StringComparison.Ordinal) && m.Contains("field 'value'"));
        Assert.Contains(refused, m => m.StartsWith("function 'bf_halves_sum' is not bound", StringComparison.Ordinal) && m.Contains("field 'a'"));
        var native = result.Files.Single(f => f.RelativePath == "NumericNative.cs").Content;
        foreach (var name in new[] { "bf_i128_add(", "bf_half_add(", "bf_wide_make(", "bf_halves_sum(" })
            Assert.DoesNotContain(name, native);
    }

    /// <summary>
    /// Why BF3011 exists, measured: if this fails, .NET now passes Half or Int128 as C does, and the refusal in
    /// <c>Mapping/ByValuePassing</c> should be lifted for it.
    /// </summary>
    [Fact]
    public void The_refused_calls_would_corrupt_or_fail()
    {
        using var assembly = GeneratedBinding.Load(Generate(), "NumericUnbound", Driver, Unsafe);
        var outcome = ((string)assembly.Invoke("Run.Numeric.Unbound", "Call", SafeBindings.FixtureLibrary)!).Split('|');
        Assert.NotEqual("3.5", outcome[0]);
        Assert.Equal("MarshalDirectiveException", outcome[1]);
    }
}
