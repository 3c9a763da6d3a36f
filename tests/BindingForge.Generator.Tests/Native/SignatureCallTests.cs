using BindingForge.Clang;
using BindingForge.Contracts;
using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// tests/native/legacy.h declares its functions without prototypes; tests/native/legacy.yaml gives them with
/// <c>signature:</c>, and the bindings built from it pass the arguments that src/legacy.c (built by gcc) reads, in the
/// thin and in the safe layer. A signature that cannot apply is an error at the contract's line.
/// </summary>
public sealed class SignatureCallTests : IDisposable
{
    private const string Contract = "tests/native/legacy.yaml";

    private const string Driver = """
        namespace BindingForge.Legacy;

        public static unsafe class Driver
        {
            public static string Thin()
            {
                var pair = new bf_legacy_pair { left = 3, right = 4 };
                return $"{LegacyNative.bf_legacy_sum(40, 2)}|{LegacyNative.bf_legacy_scale(1.5, &pair)}|{LegacyNative.bf_legacy_calls()}";
            }

            public static string Safe()
            {
                var pair = new bf_legacy_pair { left = 1, right = 1 };
                return $"{Legacy.LegacySum(-7, 10)}|{Legacy.LegacyScale(2.25, in pair)}";
            }
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("bf-signature-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Functions_declared_without_prototypes_are_called_with_the_contracts_signatures()
    {
        var options = SafeBindings.Options(Contract, SafeBindings.FixtureLibrary);
        var result = new VerifiedPipeline().Run(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == ClangDiagnosticIds.Unprototyped);
        var native = result.Files.Single(f => f.RelativePath == "LegacyNative.cs").Content;
        Assert.Contains("public static partial int bf_legacy_sum(int a, int b);", native);
        Assert.Contains("public static partial double bf_legacy_scale(double x, bf_legacy_pair* pair);", native);
        Assert.Contains("public static partial int bf_legacy_calls();", native);

        using var assembly = SafeBindings.Load(options, "LegacySignatures", Driver);
        Assert.Equal("42|10.5|1", assembly.Invoke("BindingForge.Legacy.Driver", "Thin"));
        Assert.Equal("3|4.5", assembly.Invoke("BindingForge.Legacy.Driver", "Safe"));
    }

    [Fact]
    public void Without_a_signature_an_unprototyped_function_takes_no_arguments_with_BF1011()
    {
        var header = Path.Combine(SafeBindings.Root, "tests", "native", "legacy.h");
        var read = new HeaderReader().Read(HeaderReadRequest.ForHeaders(header));

        Assert.Empty(read.Model.FindFunction("bf_legacy_sum")!.Parameters);
        Assert.False(read.Model.FindFunction("bf_legacy_sum")!.HasPrototype);
        Assert.Equal(3, read.Diagnostics.Count(d => d.Id == ClangDiagnosticIds.Unprototyped));
    }

    [Theory]
    [InlineData("bf_legacy_modern", "int bf_legacy_modern(long value)", "BF1013", "has a prototype in its header")]
    [InlineData("bf_legacy_sum", "int bf_legacy_sum(legacy_mode a)", "BF1013", "unknown type name 'legacy_mode'")]
    [InlineData("bf_legacy_sum", "int bf_legacy_sum()", "BF1013", "has no prototype either")]
    [InlineData("bf_legacy_sum", "int bf_legacy_sum(int a); int evil(void)", "BF2018", "is not a prototype of `bf_legacy_sum`")]
    [InlineData("bf_legacy_sum", "int other_name(int a)", "BF2018", "is not a prototype of `bf_legacy_sum`")]
    [InlineData("bf_legacy_sum", "int bf_legacy_sum(int a /* x */)", "BF2018", "no comments, strings")]
    public void A_signature_that_cannot_apply_is_an_error_at_its_line_and_the_header_wins(string function, string signature, string id, string why)
    {
        var header = Path.Combine(SafeBindings.Root, "tests", "native", "legacy.h");
        var path = Path.Combine(_folder, "legacy.yaml");
        File.WriteAllText(path, $"bindingforge: 1\nlibrary:\n  name: bffixture\n  headers: [\"{header}\"]\nfunctions:\n  {function}:\n    signature: \"{signature}\"\n");

        var session = Generator.Session.BindingSession.Load(path).ReadHeaders().Bind();

        var error = Assert.Single(session.Diagnostics, d => d.IsError);
        Assert.Equal(id, error.Id);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Equal((path, 7), (error.Location.File, error.Location.Line));
        Assert.Equal(function == "bf_legacy_modern" ? 1 : 0, session.Header!.FindFunction(function)!.Parameters.Length);
    }
}
