namespace BindingForge.Generator.Tests.Support;

/// <summary>Generated code plus a hand-written driver, compiled together and loaded, ready to call.</summary>
internal static class GeneratedBinding
{
    /// <summary>Compiles the result's files with <paramref name="driver"/>; fails the test with the compiler's report.</summary>
    public static LoadedAssembly Load(GenerationResult result, string name, params string[] drivers)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        ShimLibrary.Install(result);
        var sources = C.Sources(result).AddRange(drivers.Select((d, i) => (Path: $"Driver{i}.cs", Text: d)));
        var compiled = CSharpCompiler.Compile(name, sources);
        Assert.True(compiled.Success, compiled.Report());
        return new LoadedAssembly(compiled.Image!, name);
    }
}
