using BindingForge.Generator.Tests.Support;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Tests.Unit;

/// <summary>
/// Big headers give big files, and every file is complete: no template engine limit (Scriban cuts strings at 1 MiB
/// by default) may drop declarations while the run reports them bound.
/// </summary>
public sealed class BigOutputTests
{
    [Fact]
    public void A_native_class_far_over_one_mebibyte_holds_every_function_and_every_constant()
    {
        const int count = 12_000;
        var functions = Enumerable.Range(0, count)
            .Select(i => C.Fn($"big_function_with_a_long_name_{i:D5}", C.Int, ("first_argument", C.Int), ("second_argument", C.Ptr(C.Char)), ("third_argument", C.Int)))
            .ToArray();
        var constants = Enumerable.Range(0, count).Select(i => C.Macro($"BIG_CONSTANT_WITH_A_LONG_NAME_{i:D5}", new IntegerConstant(i, PrimitiveKind.Int))).ToArray();

        var result = C.Generate(C.Model(functions: functions, constants: constants));

        Assert.True(result.Succeeded);
        Assert.Equal(count, result.Summary.Functions);
        var native = result.Files.Single(f => f.RelativePath == "TestNative.cs").Content;
        Assert.True(native.Length > 2 * 1024 * 1024, $"the native class is only {native.Length} characters: the case no longer crosses the limit");
        Assert.Contains($"big_function_with_a_long_name_{count - 1:D5}(", native);
        Assert.Equal(count, CountOf(native, "public static partial int big_function_with_a_long_name_"));
        Assert.EndsWith("}\n", native);
        var constantsFile = result.Files.Single(f => f.RelativePath == "TestNative.Constants.cs").Content;
        Assert.Equal(count, CountOf(constantsFile, "BIG_CONSTANT_WITH_A_LONG_NAME_"));
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            n++;
        return n;
    }
}
