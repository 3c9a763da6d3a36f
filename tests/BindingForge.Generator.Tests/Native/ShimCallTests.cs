using System.Diagnostics;
using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// tests/native/inline.h: functions the library does not export (static inline, and plain static with a body) are
/// called through the C shim the generator compiles, which exports a pointer to each and is linked against the
/// library, so their calls into it resolve. The shim is part of the output, byte-identical on every run; without a
/// C compiler the functions are skipped with BF3013 and the rest is still generated.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class ShimCallTests
{
    private static string Folder => Path.Combine(SafeBindings.Root, "tests", "native");

    private const string Driver = """
        using System.Runtime.InteropServices;
        using static Run.Shim.InlineShimNative;

        namespace Run.Shim;

        public static unsafe class Driver
        {
            [UnmanagedCallersOnly(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
            private static double Square(double x) => x * x;

            public static string Calls()
            {
                var before = bf_g_counter;
                var point = new bf_g_point { x = 2, y = 3 };
                var sum = bf_inline_scale(&point, 10);
                return $"{bf_inline_add(40, 2)}|{bf_inline_touch_twice() - before}|{sum},{point.x},{point.y}|{bf_inline_apply(&Square, 1.5)}";
            }
        }
        """;

    private static GenerationResult Generate(string? compiler = null, string[]? compilerArgs = null) => new VerifiedPipeline(Thin.NativeLibraryProbe.None).Run(new GeneratorOptions
    {
        Headers = [Path.Combine(Folder, "globals.h"), Path.Combine(Folder, "inline.h")],
        IncludeDirs = [Folder],
        Library = SafeBindings.FixtureLibrary,
        ClassName = "InlineShim",
        Namespace = "Run.Shim",
        CCompiler = compiler,
        CCompilerArgs = [.. compilerArgs ?? []],
    });

    [Fact]
    public void Static_inline_functions_are_called_through_the_shim_and_reach_the_library()
    {
        var result = Generate();
        ShimLibrary.Install(result);
        using var assembly = GeneratedBinding.Load(result, "ShimCalls", Driver);
        Assert.Equal("42|2|50,20,30|2.25", assembly.Invoke("Run.Shim.Driver", "Calls"));
        Assert.Contains(result.Diagnostics, d => d.Id == "BF1009" && d.Message.Contains("bf_inline_missing", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shim_is_part_of_the_output_byte_identical_on_a_second_run_and_compiles_with_Wall_Werror()
    {
        var first = Generate();
        var second = Generate();
        var library = first.Files.Single(f => f.RelativePath == "InlineShimNative.shim.so");
        Assert.Equal(library.Bytes, second.Files.Single(f => f.RelativePath == library.RelativePath).Bytes);
        var source = first.Files.Single(f => f.RelativePath == "InlineShimNative.Shim.c").Content;
        Assert.Equal(3 + 1, source.Split('\n').Count(l => l.Contains("bfshim_bf_inline_", StringComparison.Ordinal)));

        using var temp = new TempDirectory();
        var c = temp.File("shim.c", source);
        using var gcc = Process.Start(new ProcessStartInfo("gcc", ["-fsyntax-only", "-Wall", "-Wextra", "-Werror", "-Wno-unused-function", "-I" + Folder, c]) { RedirectStandardError = true })!;
        var errors = gcc.StandardError.ReadToEnd();
        gcc.WaitForExit();
        Assert.True(gcc.ExitCode == 0, errors);
    }

    [Fact]
    public void Without_a_C_compiler_the_inline_functions_are_skipped_with_BF3013_and_the_rest_is_generated()
    {
        var result = Generate(compiler: "/nonexistent/cc");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(4, result.Diagnostics.Count(d => d.Id == "BF3013"));
        Assert.DoesNotContain(result.Files, f => f.RelativePath.EndsWith(".Shim.c", StringComparison.Ordinal) || f.RelativePath.EndsWith(".Shim.cs", StringComparison.Ordinal) || f.RelativePath.EndsWith(".so", StringComparison.Ordinal));
        Assert.Contains("bf_globals_touch", result.Files.Single(f => f.RelativePath == "InlineShimNative.cs").Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Compiler_arguments_reach_the_shims_compile_and_a_failed_compile_is_BF3014_with_nothing_written()
    {
        var result = Generate(compilerArgs: ["-include", "/nonexistent/bf-forced.h"]);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Id == "BF3014");
        Assert.Contains("bf-forced.h", error.Message);
    }
}
