using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// tests/native/globals.h bound and used in libbffixture (built by gcc): each exported variable is a property over
/// the variable itself, so C# reads what C wrote, C reads what C# wrote, a const one is read-only, a string of unknown
/// length is its bytes up to the NUL, and a function pointer the library calls can be replaced from C#.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class GlobalAccessTests
{
    private static string Header => Path.Combine(SafeBindings.Root, "tests", "native", "globals.h");

    private const string Driver = """
        using System.Runtime.InteropServices;
        using System.Text;
        using static Run.Globals.GlobalsNative;

        namespace Run.Globals;

        public static unsafe class Driver
        {
            private static int s_freed;

            [UnmanagedCallersOnly(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
            private static void CountingFree(void* memory)
            {
                s_freed++;
                NativeMemory.Free(memory);
            }

            public static string CReadsAndWrites()
            {
                var before = bf_g_counter;
                var touched = bf_globals_touch();
                bf_g_counter = 40;
                var after = bf_globals_touch();
                return $"{touched - before}|{after}|{bf_g_counter}|{bf_g_origin.x - (touched + 1)},{bf_g_origin.y - 2 * (touched + 1)}";
            }

            public static string Arrays()
            {
                bf_g_table[2] = 30;
                var samples = new ReadOnlySpan<double>(bf_g_samples, bf_g_sample_count);
                return $"{bf_globals_sum()}|{string.Join(",", samples.ToArray())}|{bf_g_limit}";
            }

            public static string Strings()
            {
                var version = Encoding.UTF8.GetString(bf_g_version);
                var unset = bf_globals_temp_length();
                var folder = (byte*)NativeMemory.Alloc(5);
                "/tmp\0"u8.CopyTo(new Span<byte>(folder, 5));
                bf_g_temp_directory = folder;
                var set = bf_globals_temp_length();
                bf_g_temp_directory = null;
                NativeMemory.Free(folder);
                return $"{version}|{unset}|{set}";
            }

            public static string ReplacedHook()
            {
                var original = bf_g_free_hook;
                bf_g_free_hook = &CountingFree;
                fixed (byte* text = "hello\0"u8)
                {
                    var first = bf_globals_roundtrip(text);
                    var second = bf_globals_roundtrip(text);
                    bf_g_free_hook = original;
                    var third = bf_globals_roundtrip(text);
                    return $"{first}|{second}|{third}|{s_freed}";
                }
            }
        }
        """;

    private static GenerationResult Generate() => new VerifiedPipeline(Thin.NativeLibraryProbe.None).Run(new GeneratorOptions
    {
        Headers = [Header],
        Library = SafeBindings.FixtureLibrary,
        ClassName = "Globals",
        Namespace = "Run.Globals",
    });

    [Fact]
    public void A_global_is_the_variable_itself_read_and_written_on_both_sides()
    {
        using var assembly = GeneratedBinding.Load(Generate(), "GlobalsReadWrite", Driver);
        // Relative to the counter as found: other tests in the process touch the same library.
        Assert.Equal("1|41|41|0,0", assembly.Invoke("Run.Globals.Driver", "CReadsAndWrites"));
    }

    [Fact]
    public void Fixed_arrays_are_inline_arrays_and_unsized_ones_pointers_to_the_first_element()
    {
        using var assembly = GeneratedBinding.Load(Generate(), "GlobalsArrays", Driver);
        Assert.Equal("37|0.5,1.5,2.5|1000", assembly.Invoke("Run.Globals.Driver", "Arrays"));
    }

    [Fact]
    public void A_string_of_unknown_length_is_its_bytes_and_a_string_pointer_is_settable()
    {
        using var assembly = GeneratedBinding.Load(Generate(), "GlobalsStrings", Driver);
        Assert.Equal("fixture-globals 1.2.3|-1|4", assembly.Invoke("Run.Globals.Driver", "Strings"));
    }

    [Fact]
    public void A_function_pointer_global_is_read_at_each_call_so_a_replaced_hook_is_the_one_called()
    {
        using var assembly = GeneratedBinding.Load(Generate(), "GlobalsHook", Driver);
        Assert.Equal("5|5|5|2", assembly.Invoke("Run.Globals.Driver", "ReplacedHook"));
    }

    [Fact]
    public void A_handle_declared_as_a_typedef_of_void_is_a_safe_handle_freed_once()
    {
        var options = SafeBindings.Options(Path.Combine(SafeBindings.Root, "tests", "native", "globals.yaml"), SafeBindings.FixtureLibrary);
        using var assembly = SafeBindings.Load(options, "VoidTypedefHandle", """
            namespace Run.Boxes;

            public static class Driver
            {
                public static string Use()
                {
                    var before = BoxesNative.bf_g_boxes_open();
                    int value, open;
                    using (var box = Box.Open(42))
                    {
                        value = box.Value();
                        open = BoxesNative.bf_g_boxes_open() - before;
                    }

                    return $"{value}|{open}|{BoxesNative.bf_g_boxes_open() - before}";
                }
            }
            """);
        Assert.Equal("42|1|0", assembly.Invoke("Run.Boxes.Driver", "Use"));
    }

    [Fact]
    public void Contract_globals_are_safe_static_properties_settable_only_where_the_contract_says()
    {
        var options = SafeBindings.Options(Path.Combine(SafeBindings.Root, "tests", "native", "globals.yaml"), SafeBindings.FixtureLibrary);
        using var assembly = SafeBindings.Load(options, "SafeGlobals", """
            namespace Run.Boxes;

            public static class Driver
            {
                public static string Use()
                {
                    var (before, origin) = (Boxes.Counter, Boxes.Origin);
                    Boxes.GlobalsTouch();
                    var touched = Boxes.Counter - before;
                    Boxes.Counter = 41;
                    var written = BoxesNative.bf_g_counter;
                    Boxes.Origin = new bf_g_point { x = 7, y = 8 };
                    var result = $"{touched}|{written}|{Boxes.Limit}|{Boxes.Version}|{Boxes.TempDirectory ?? "null"}|{BoxesNative.bf_g_origin.x},{BoxesNative.bf_g_origin.y}";
                    (Boxes.Counter, Boxes.Origin) = (before, origin); // the library is shared with the other tests
                    return result;
                }
            }
            """);
        Assert.Equal("1|41|1000|fixture-globals 1.2.3|null|7,8", assembly.Invoke("Run.Boxes.Driver", "Use"));

        var safe = new VerifiedPipeline().Run(options).Files.Single(f => f.RelativePath == "Boxes.cs").Content;
        Assert.Contains("public static int Limit => BoxesNative.bf_g_limit;", safe);
        Assert.DoesNotContain("set => BoxesNative.bf_g_limit", safe);
    }

    [Fact]
    public void An_owned_string_is_freed_through_the_function_pointer_variable_the_contract_names_as_it_is_at_the_free()
    {
        var options = SafeBindings.Options(Path.Combine(SafeBindings.Root, "tests", "native", "globals.yaml"), SafeBindings.FixtureLibrary);
        using var assembly = SafeBindings.Load(options, "FreeThroughGlobal", """
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;

            namespace Run.Boxes;

            public static unsafe class Driver
            {
                private static int _freed;

                [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
                private static void CountingFree(void* memory)
                {
                    _freed++;
                    NativeMemory.Free(memory);
                }

                public static string Describe()
                {
                    var original = BoxesNative.bf_g_free_hook;
                    BoxesNative.bf_g_free_hook = &CountingFree;
                    try
                    {
                        var text = Boxes.GlobalsDescribe();
                        return $"{text.StartsWith("counter=")}|{_freed}";
                    }
                    finally
                    {
                        BoxesNative.bf_g_free_hook = original;
                    }
                }
            }
            """);
        Assert.Equal("True|1", assembly.Invoke("Run.Boxes.Driver", "Describe"));
    }

    [Theory]
    [InlineData("bf_g_nothing: { status: reviewed }", "is not a variable the headers export")]
    [InlineData("bf_g_limit: { settable: true }", "`settable` needs a scalar or struct that C does not declare `const`")]
    [InlineData("bf_g_counter: { string: utf8 }", "`string` needs a character array or pointer")]
    [InlineData("bf_g_temp_directory: { settable: true }", "state `string` for text")]
    public void A_global_fact_that_does_not_fit_is_BF2125_at_its_line(string entry, string message)
    {
        var text = File.ReadAllText(Path.Combine(SafeBindings.Root, "tests", "native", "globals.yaml"));
        var globals = text.IndexOf("globals:", StringComparison.Ordinal);
        using var temp = new TempDirectory();
        var contract = temp.File("globals.yaml", (text[..globals] + "globals:\n  " + entry + "\n").Replace("include_dirs: [.]", $"include_dirs: [\"{Path.Combine(SafeBindings.Root, "tests", "native")}\"]", StringComparison.Ordinal));
        var result = new VerifiedPipeline().Run(SafeBindings.Options(contract, SafeBindings.FixtureLibrary));
        var error = Assert.Single(result.Diagnostics, d => d.Id == "BF2125");
        Assert.Contains(message, error.Message);
        Assert.Equal(text[..globals].Count(c => c == '\n') + 2, error.Location.Line);
    }

    [Fact]
    public void Const_globals_are_read_only_and_every_global_is_counted()
    {
        var result = Generate();
        var globals = result.Files.Single(f => f.RelativePath == "GlobalsNative.Globals.cs").Content;
        Assert.Contains("public static ref readonly int bf_g_limit =>", globals);
        Assert.Contains("public static ReadOnlySpan<byte> bf_g_version =>", globals);
        Assert.Contains("public static double* bf_g_samples =>", globals);
        Assert.Equal(9, result.Summary.Globals);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "BF1009");
    }
}
