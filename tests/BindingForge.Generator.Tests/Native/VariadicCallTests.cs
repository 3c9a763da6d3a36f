using System.Diagnostics;
using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// tests/native/variadic.h with variadic.yaml: variadic functions called through the forms the contract lists, and
/// function-like macros given their C types, each wrapped by the generated C shim and bound in the thin and the safe
/// layer. The fixture reads its variadic arguments with va_arg, so a wrong promotion shows as a wrong value.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class VariadicCallTests
{
    private static string Contract => Path.Combine(SafeBindings.Root, "tests", "native", "variadic.yaml");

    private static GenerationResult Generate()
    {
        var result = new VerifiedPipeline().Run(SafeBindings.Options(Contract, SafeBindings.FixtureLibrary));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        ShimLibrary.Install(result);
        return result;
    }

    private static LoadedAssembly Load(string name, string driver)
    {
        var result = Generate();
        var compiled = CSharpCompiler.Compile(name, C.Sources(result).Add(("Driver.cs", driver)), [CSharpCompiler.Runtime]);
        Assert.True(compiled.Success, compiled.Report());
        return new LoadedAssembly(compiled.Image!, name);
    }

    [Fact]
    public void A_form_passes_int_double_float_char_short_and_pointer_arguments_with_Cs_promotions()
    {
        using var assembly = Load("VariadicThin", """
            using static Run.Variadic.VariadicNative;

            namespace Run.Variadic;

            public static unsafe class Driver
            {
                public static string Format()
                {
                    var out_ = new byte[128];
                    fixed (byte* buffer = out_)
                    fixed (byte* types = "idfcsp"u8)
                    fixed (byte* text = "hi\0"u8)
                    {
                        var length = bf_vformat(buffer, (nuint)out_.Length, types, -7, 2.5, 0.25f, (byte)'x', (short)-300, text);
                        return System.Text.Encoding.UTF8.GetString(out_, 0, length) + "|" + bf_vsum(3, 1, 2, 3);
                    }
                }
            }
            """);
        Assert.Equal("i:-7 d:2.5 f:0.25 c:x s:-300 p:hi|6", assembly.Invoke("Run.Variadic.Driver", "Format"));
    }

    [Fact]
    public void Safe_overloads_of_an_option_family_set_each_type_and_refuse_an_option_of_another_family()
    {
        using var assembly = Load("VariadicSafe", """
            namespace Run.Variadic;

            public static class Driver
            {
                public static string Configure()
                {
                    using var settings = Settings.New();
                    settings.Set(SettingsIntOption.Level, 3);
                    settings.Set(SettingsIntOption.Retries, 5);
                    settings.Set(SettingsRealOption.Scale, 0.5);
                    settings.Set(SettingsTextOption.Name, "fixture");
                    var (_, level) = settings.Get(30); // the C result (no error fact), then the value handed back
                    string refused;
                    try
                    {
                        settings.Set((SettingsIntOption)10, 1); // BF_OPT_SCALE takes a double: never passed an int
                        refused = "called";
                    }
                    catch (System.ArgumentOutOfRangeException e) when (e.ParamName == "option")
                    {
                        refused = "refused";
                    }

                    return $"{settings.Describe()}|{level}|{refused}|{settings.Describe()}";
                }
            }
            """);
        Assert.Equal("level=3 retries=5 scale=0.5 name=fixture|3|refused|level=3 retries=5 scale=0.5 name=fixture",
            assembly.Invoke("Run.Variadic.Driver", "Configure"));
    }

    [Fact]
    public void Function_like_macros_with_a_signature_are_functions_in_both_layers()
    {
        using var assembly = Load("MacroCalls", """
            namespace Run.Variadic;

            public static class Driver
            {
                public static string Calls()
                {
                    using var settings = Settings.NewAt(4);
                    return $"{Variadic.Vsum2(40, 2)}|{Variadic.Square(1.5)}|{VariadicNative.bf_vsum2(1, 2)}|{settings.Describe()}";
                }
            }
            """);
        Assert.Equal("42|2.25|3|level=4 retries=0 scale=1 name=", assembly.Invoke("Run.Variadic.Driver", "Calls"));
    }

    [Fact]
    public void The_summary_notes_each_variadic_function_bound_through_forms_and_lists_the_undescribed_macro()
    {
        var result = Generate();
        Assert.Equal(["bf_settings_config", "bf_vformat", "bf_vsum"], result.Summary.Notes.Where(n => n.DiagnosticId == "BF3016").Select(n => n.Name).Order());
        Assert.Equal(["BF_UNDESCRIBED(a, b, c)"], result.Summary.Skipped.Where(s => s.DiagnosticId == "BF3015").Select(s => s.Name));
        Assert.DoesNotContain(result.Summary.Skipped, s => s.DiagnosticId == "BF3001");
        var options = result.Files.Single(f => f.RelativePath == "Variadic.Enums.cs").Content;
        Assert.Contains("Level = 1,", options);
        Assert.Contains("Retries = 2,", options);
    }

    [Fact]
    public void The_shim_wraps_every_form_and_macro_and_compiles_with_Wall_Wextra_Werror()
    {
        var source = Generate().Files.Single(f => f.RelativePath == "VariadicNative.Shim.c").Content;
        Assert.Contains("static int bfshimwv1_bf_settings_config(bf_settings *bf_a0, int bf_a1, double bf_a2) { return bf_settings_config(bf_a0, bf_a1, bf_a2); }", source);
        Assert.Contains("static bf_settings *bfshimw_bf_settings_new_at(int bf_a0) { return bf_settings_new_at(bf_a0); }", source);
        Assert.DoesNotContain("variadic.yaml", source);

        using var temp = new TempDirectory();
        var c = temp.File("shim.c", source);
        using var gcc = Process.Start(new ProcessStartInfo("gcc", ["-fsyntax-only", "-Wall", "-Wextra", "-Werror", "-Wno-unused-function", "-I" + Path.GetDirectoryName(Contract)!, c]) { RedirectStandardError = true })!;
        var errors = gcc.StandardError.ReadToEnd();
        gcc.WaitForExit();
        Assert.True(gcc.ExitCode == 0, errors);
    }
}
