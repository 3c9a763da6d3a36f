using BindingForge.Generator.Tests.Golden;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// tests/headers/everything.h bound and run against everything.c built with gcc: every construct of the header is
/// called or read through the generated code, and the layouts are checked against gcc's, not only clang's numbers.
/// </summary>
public sealed class EverythingRunTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static string HeaderDirectory => Path.GetFullPath(Path.Combine(GoldenCase.Root, "..", "headers"));

    private const string Driver = """
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        using static Run.Everything.EverythingNative;

        namespace Run.Everything;

        public static unsafe class Driver
        {
            [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
            private static int StopAtTwo(void* user, int value) => value == 2 ? 1 : 0;

            [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
            private static int Multiply(int a, int b) => a * b;

            public static string Calls()
            {
                var parts = new List<object>();
                parts.Add(ev_version());
                parts.Add(ev_add(2, 3));
                fixed (byte* abc = "abc"u8)
                {
                    parts.Add(ev_unnamed(1, abc));
                    parts.Add(ev_strlen(abc));
                }

                parts.Add(ev_sysv(2));
                parts.Add(Marshal.PtrToStringUTF8((nint)ev_name(2))!);
                parts.Add(ev_name(9) == null);
                var memory = ev_alloc(16);
                parts.Add(memory != null);
                ev_free(memory);

                ev_handle* handle;
                fixed (byte* name = "h"u8)
                    parts.Add(ev_open(name, &handle));
                ev_close(handle);

                var point = ev_point_make(3, 4);
                ev_point_move(&point, 10, 20);
                parts.Add($"{point.x},{point.y},{ev_point_sum(&point)}");

                ev_matrix matrix = default;
                matrix.m[0][0] = 1.5;
                matrix.m[1][1] = 2.5;
                parts.Add(ev_matrix_trace(&matrix));

                parts.Add(ev_apply(&StopAtTwo, null));
                parts.Add(ev_apply_inline(&Multiply, 6, 7));
                parts.Add(ev_default_callback()(null, 2));
                parts.Add(ev_scale(1.5f, 2.0));
                parts.Add(ev_long(new CLong(5)).Value);
                parts.Add(ev_ull(41));
                parts.Add(ev_i64(21));
                parts.Add(ev_is_even(4));
                parts.Add(ev_next_color(ev_color.EV_RED));
                parts.Add(ev_sign(-5));
                var buffer = new byte[4];
                fixed (byte* b = buffer)
                    parts.Add(ev_fill(b, 4, 9));
                parts.Add(string.Join("", buffer));
                parts.Add(ev_value_of_int(9).i);
                return string.Join("|", parts);
            }

            public static string Record()
            {
                ev_record record = default;
                var size = ev_record_init(&record, 77);
                var name = Marshal.PtrToStringUTF8((nint)Unsafe.AsPointer(ref record.name[0]));
                var label = Marshal.PtrToStringUTF8((nint)record.label);
                return $"{size == sizeof(ev_record)}|{record.id}|{record.flags}|{record.mode}|{record.delta}|{record.as_int}|" +
                    $"{record.lo}|{record.hi}|{record.pair.a}|{record.pair.b}|{name}|{record.grid[2][3]}|{record.points[1].y}|" +
                    $"{record.color}|{record.size_class}|{label}";
            }
        }
        """;

    private GenerationResult Generate()
    {
        var library = Gcc.SharedLibrary(_temp.Path, "everything", Path.Combine(HeaderDirectory, "everything.c"), "-std=gnu11");
        return new VerifiedPipeline(Thin.NativeLibraryProbe.None).Run(new GeneratorOptions
        {
            Headers = [Path.Combine(HeaderDirectory, "everything.h")],
            Library = library,
            ClassName = "Everything",
            Namespace = "Run.Everything",
        });
    }

    [Fact]
    public void Every_function_behaves_as_the_C_implementation_says()
    {
        using var assembly = GeneratedBinding.Load(Generate(), "EverythingCalls", Driver);
        Assert.Equal("100|5|4|3|6|two|True|True|0|13,24,37|4|2|42|1|3|-5|42|42|1|EV_GREEN|EV_NEG|4|9999|9",
            assembly.Invoke("Run.Everything.Driver", "Calls"));
    }

    [Fact]
    public void Records_read_what_gcc_wrote_member_by_member()
    {
        using var assembly = GeneratedBinding.Load(Generate(), "EverythingRecord", Driver);
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Run.Everything.EverythingNativeLayout", "Verify")!);
        Assert.Equal("True|77|5|17|-3|7|1|2|3|4|record|23|12|EV_BLUE|EV_SMALL_B|label", assembly.Invoke("Run.Everything.Driver", "Record"));
    }

    [Fact]
    public void A_deprecated_function_is_obsolete_in_CSharp()
    {
        const string caller = "namespace Run.Everything; public static class Old { public static int Call() => EverythingNative.ev_old_add(1, 2); }";
        var compiled = CSharpCompiler.Compile("EverythingObsolete", C.Sources(Generate()).Add(("Old.cs", caller)));
        Assert.Contains(compiled.Diagnostics, d => d.Id == "CS0618" && d.GetMessage().Contains("use ev_add"));
    }

    public void Dispose() => _temp.Dispose();
}
