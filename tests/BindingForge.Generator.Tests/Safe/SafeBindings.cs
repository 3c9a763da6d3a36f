using System.Diagnostics;
using BindingForge.Contracts;
using BindingForge.Generator.Tests.Golden;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// Generates safe bindings from a contract the way <c>bindingforge generate CONTRACT --style safe</c> does (options
/// from the contract's library section), compiles them with a driver and the runtime assembly, and loads the result.
/// </summary>
internal static class SafeBindings
{
    /// <summary>The repository root (the folder holding <c>tests/golden</c>).</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(GoldenCase.Root, "..", ".."));

    /// <summary>The counting fixture library, built with gcc if it is missing or stale.</summary>
    public static string FixtureLibrary => LazyFixture.Value;

    private static readonly Lazy<string> LazyFixture = new(BuildFixture);

    /// <summary>The options of a contract's library section; <paramref name="library"/> overrides its name.</summary>
    public static GeneratorOptions Options(string contract, string? library = null, ThreadingChecks checks = ThreadingChecks.Check)
    {
        var path = Path.IsPathRooted(contract) ? contract : Path.Combine(Root, contract);
        var load = ContractLoader.Load(path);
        Assert.True(load.Document is not null && !load.HasErrors, string.Join("\n", load.Diagnostics));
        var section = LibraryOptions.FromDocument(load.Document!);
        return new GeneratorOptions
        {
            Headers = section.Headers,
            IncludeDirs = section.IncludeDirs,
            Defines = section.Defines,
            Library = library ?? section.Library,
            Namespace = section.Namespace ?? "Bindings",
            ClassName = section.ClassName ?? "Native",
            Include = section.Include,
            Exclude = section.Exclude,
            Style = BindingStyle.Safe,
            ThreadingChecks = checks,
            ContractPath = path,
        };
    }

    /// <summary>
    /// tests/native/fixture.yaml with <c>bf_accumulator_init: returns: { error: bf-status }</c> added (the contract
    /// leaves it out, so a failed init could not be detected: BF3509), written next to nothing it depends on: its
    /// include folder is the absolute tests/native.
    /// </summary>
    public static string AmendedFixtureContract(string directory)
    {
        var native = Path.Combine(Root, "tests", "native");
        var text = File.ReadAllText(Path.Combine(native, "fixture.yaml"))
            .Replace("include_dirs: [.]", $"include_dirs: [\"{native}\"]", StringComparison.Ordinal)
            .TrimEnd() + "\n  bf_accumulator_init:\n    returns: { error: bf-status }\n";
        var path = Path.Combine(directory, "fixture.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Generates, then compiles with the drivers; fails the test with the diagnostics or compiler errors.</summary>
    public static LoadedAssembly Load(GeneratorOptions options, string name, params string[] drivers)
    {
        var result = new VerifiedPipeline().Run(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        ShimLibrary.Install(result);
        var sources = C.Sources(result).AddRange(drivers.Select((d, i) => (Path: $"Driver{i}.cs", Text: d)));
        var compiled = CSharpCompiler.Compile(name, sources, [CSharpCompiler.Runtime]);
        Assert.True(compiled.Success, compiled.Report());
        return new LoadedAssembly(compiled.Image!, name);
    }

    private static string BuildFixture()
    {
        var script = Path.Combine(Root, "tests", "native", "build.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"tests/native/build.sh failed:\n{errors}");
        return Path.Combine(Root, "tests", "native", "build", "libbffixture.so");
    }
}
