using System.Globalization;
using System.Text;
using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;
using BindingForge.Generator.Thin;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindingForge.Generator.Tests.Hostile;

/// <summary>
/// Property-based hostile input: headers and contracts built from adversarial names, doc text and string values
/// (<see cref="HostileHeader"/>) go through the real generator, thin from flags and safe from the contract, and the
/// output must compile with warnings as errors, pass its layout check and the structural check, declare what the C
/// side implies (one import per C function under its entry point, one struct per C struct with its fields, one
/// constant per bound macro, the enum's members), hold no control, line-separator or format character, and the
/// tool must not fail. The seed is fixed so CI runs the same cases; <c>BF_HOSTILE_ITERATIONS=500</c> runs longer
/// from a random seed (<c>BF_HOSTILE_SEED</c> replays one CsCheck prints).
/// </summary>
public sealed class HostileInputProperties
{
    private static readonly string? Iterations = Environment.GetEnvironmentVariable("BF_HOSTILE_ITERATIONS");

    /// <summary>Enough cases to draw every piece of the alphabets many times over, few enough for CI on 2 cores.</summary>
    private const int FixedCases = 40;

    private static readonly string? Replay = Environment.GetEnvironmentVariable("BF_HOSTILE_SEED");

    /// <summary>
    /// CI runs the same <see cref="FixedCases"/> cases every time: CsCheck fixes only the first case of a run by its
    /// seed and draws the rest at random, so each fixed case is a run of one from its own seed. A replayed seed is
    /// that one case; <c>BF_HOSTILE_ITERATIONS</c> draws that many at random.
    /// </summary>
    [Fact]
    public void Hostile_headers_and_contracts_give_compiling_output_that_declares_what_the_C_side_implies()
    {
        if (Replay is not null)
            HostileHeader.Gen.Sample(Check, seed: Replay, iter: 1, threads: 1);
        else if (long.TryParse(Iterations, CultureInfo.InvariantCulture, out var iterations))
            HostileHeader.Gen.Sample(Check, iter: iterations, threads: 1);
        else
        {
            for (var i = 0u; i < FixedCases; i++)
                HostileHeader.Gen.Sample(Check, seed: new PCG(i, 2026).ToString(), iter: 1, threads: 1);
        }
    }

    private static void Check(HostileHeader spec)
    {
        using var temp = new TempDirectory();
        var header = temp.File("hostile.h", spec.Text());
        var contract = temp.File("hostile.yaml", spec.Contract("hostile.h"));

        var thin = new VerifiedPipeline(NativeLibraryProbe.None).Run(new GeneratorOptions
        {
            Headers = [header],
            Library = "hostile",
            ClassName = "Test",
            Namespace = "Hostile.Props",
        });
        Succeeded(thin);
        DeclaresWhatTheHeaderImplies(spec, thin);

        var safe = new VerifiedPipeline(NativeLibraryProbe.None).Run(SafeBindings.Options(contract));
        Succeeded(safe);
        DeclaresWhatTheHeaderImplies(spec, safe);
        Assert.Single(safe.Files, f => OwnedHandleClasses(f.Content) == 1);

        var compiled = CSharpCompiler.Compile("Hostile" + Guid.NewGuid().ToString("N"), C.Sources(safe), [CSharpCompiler.Runtime]);
        Assert.True(compiled.Success, compiled.Report());
        using var assembly = new LoadedAssembly(compiled.Image!, "hostile");
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Hostile.Props.TestNativeLayout", "Verify")!);
    }

    private static void Succeeded(GenerationResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.Internal);
        foreach (var file in result.Files)
            NoInvisibleCharacters(file.RelativePath, file.Content);
    }

    /// <summary>No control character but LF, no NEL, U+2028 or U+2029, no Unicode format character, no lone
    /// surrogate, anywhere in a generated file.</summary>
    private static void NoInvisibleCharacters(string file, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done)
                Assert.Fail($"{file}: a lone surrogate at {i}");
            var bad = (Rune.IsControl(rune) && rune.Value != '\n') || rune.Value is 0x2028 or 0x2029
                || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format;
            Assert.False(bad, $"{file}: U+{rune.Value:X4} at {i}");
            i += length - 1;
        }
    }

    /// <summary>The thin layer as the header implies it, read with Roslyn from the files, not from the generator's
    /// own surface.</summary>
    private static void DeclaresWhatTheHeaderImplies(HostileHeader spec, GenerationResult result)
    {
        var trees = result.Files.Where(f => f.RelativePath.StartsWith("TestNative", StringComparison.Ordinal))
            .ToDictionary(f => f.RelativePath, f => CSharpSyntaxTree.ParseText(f.Content).GetCompilationUnitRoot());

        var entryPoints = trees["TestNative.cs"].DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Where(m => m.AttributeLists.SelectMany(a => a.Attributes).Any(a => a.Name.ToString() == "LibraryImport"))
            .Select(EntryPoint);
        Assert.Equal(spec.Functions.Order(StringComparer.Ordinal), entryPoints.Order(StringComparer.Ordinal));

        var types = trees["TestNative.Types.cs"];
        var structs = types.Members.OfType<BaseNamespaceDeclarationSyntax>().Single().Members.OfType<StructDeclarationSyntax>()
            .Where(s => s.AttributeLists.Count > 0).ToList();
        Assert.Equal([1, 3], structs.Select(s => s.Members.OfType<FieldDeclarationSyntax>().Count(f => f.Modifiers.Any(SyntaxKind.PublicKeyword))).Order());
        var enumeration = Assert.Single(types.DescendantNodes().OfType<EnumDeclarationSyntax>());
        Assert.Equal(spec.Enumerators.Count, enumeration.Members.Count);

        var constants = trees["TestNative.Constants.cs"].DescendantNodes().OfType<MemberDeclarationSyntax>()
            .Count(m => m is FieldDeclarationSyntax or PropertyDeclarationSyntax);
        // A macro named like a member the Native class declares itself (LibraryName) is left out with BF3005.
        var yielded = result.Diagnostics.Count(d => d.Id == DiagnosticIds.NameConflict && d.Message.StartsWith("constant '", StringComparison.Ordinal));
        Assert.Equal(spec.BoundStringMacros.Count() + 1 - yielded, constants);
        Assert.Equal(spec.StringMacros.Count - spec.BoundStringMacros.Count(), result.Diagnostics.Count(d => d.Id == "BF1010"));
    }

    /// <summary>The C name a LibraryImport binds: its EntryPoint, else the method's name.</summary>
    private static string EntryPoint(MethodDeclarationSyntax method)
    {
        var import = method.AttributeLists.SelectMany(a => a.Attributes).Single(a => a.Name.ToString() == "LibraryImport");
        var entry = import.ArgumentList!.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.Text == "EntryPoint");
        return entry is null ? method.Identifier.ValueText : (string)((LiteralExpressionSyntax)entry.Expression).Token.Value!;
    }

    private static int OwnedHandleClasses(string text) =>
        CSharpSyntaxTree.ParseText(text).GetCompilationUnitRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Count(c => c.BaseList?.Types.Any(t => t.Type.ToString() is "OwnedHandle" or "BindingForge.Runtime.OwnedHandle" or "global::BindingForge.Runtime.OwnedHandle") == true);
}
