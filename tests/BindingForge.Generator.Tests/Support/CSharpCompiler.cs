using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindingForge.Generator.Tests.Support;

/// <summary>
/// Compiles generated C# in memory the way a real project would: references of the shared framework, unsafe code,
/// nullable on, XML docs checked, the SDK's implicit global usings, and the LibraryImport source generator of the
/// installed targeting pack run as a generator driver. Every warning is an error, except the ones listed in
/// <see cref="Suppressed"/> with the reason.
/// </summary>
internal static class CSharpCompiler
{
    /// <summary>
    /// CS1591 (public member without XML doc): C headers do not document every field and enumerator, and the
    /// generator does not invent prose for them.
    /// </summary>
    private static readonly ImmutableDictionary<string, ReportDiagnostic> Suppressed =
        ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("CS1591", ReportDiagnostic.Suppress);

    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);
    private static readonly Lazy<ImmutableArray<ISourceGenerator>> Generators = new(LoadGenerators);

    /// <summary>The BindingForge runtime assembly, which generated safe code derives from.</summary>
    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(BindingForge.Runtime.NativeHandle).Assembly.Location);

    /// <summary>Compiles <paramref name="sources"/> against the framework and <paramref name="references"/> (the runtime
    /// assembly for safe code); the result holds every diagnostic and, without errors, the image.</summary>
    public static CompileResult Compile(string assemblyName, IEnumerable<(string Path, string Text)> sources, IEnumerable<MetadataReference> references)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        return Compile(assemblyName, sources, parse, References.Value.AddRange(references));
    }

    /// <summary>Compiles <paramref name="sources"/>; the result holds every diagnostic and, without errors, the image.</summary>
    public static CompileResult Compile(string assemblyName, IEnumerable<(string Path, string Text)> sources) =>
        Compile(assemblyName, sources, []);

    private static CompileResult Compile(string assemblyName, IEnumerable<(string Path, string Text)> sources, CSharpParseOptions parse, ImmutableArray<MetadataReference> references)
    {
        var trees = sources.Append((Path: "GlobalUsings.g.cs", Text: ImplicitUsings))
            .Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path))
            .ToList();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            allowUnsafe: true,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            // Every warning wave, as the .NET 10 SDK reports them (CS8981, lower-case type names, is wave 7).
            warningLevel: 9999,
            specificDiagnosticOptions: Suppressed);
        var compilation = CSharpCompilation.Create(assemblyName, trees, references, options);
        CSharpGeneratorDriver.Create(Generators.Value, parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        using var image = new MemoryStream();
        var emit = output.Emit(image);
        var diagnostics = generatorDiagnostics.Concat(emit.Diagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
            .ToList();
        return new CompileResult(diagnostics, emit.Success ? image.ToArray() : null,
            output.SyntaxTrees.Count() - trees.Count);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. paths.Where(p => Path.GetDirectoryName(p) == frameworkDir).Select(p => MetadataReference.CreateFromFile(p))];
    }

    /// <summary>The LibraryImport generator shipped in the targeting pack that matches the running framework.</summary>
    private static ImmutableArray<ISourceGenerator> LoadGenerators()
    {
        var path = LibraryImportGeneratorPath();
        var reference = new AnalyzerFileReference(path, new AnalyzerLoader());
        var generators = reference.GetGenerators(LanguageNames.CSharp);
        if (generators.IsEmpty)
            throw new InvalidOperationException($"no source generator found in {path}");
        return generators;
    }

    public static string LibraryImportGeneratorPath()
    {
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var packs = Path.GetFullPath(Path.Combine(frameworkDir, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        var major = Environment.Version.Major.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var found = !Directory.Exists(packs) ? null : Directory.GetDirectories(packs, major + ".*")
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version())
            .Select(d => Path.Combine(d, "analyzers", "dotnet", "cs", "Microsoft.Interop.LibraryImportGenerator.dll"))
            .FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException($"Microsoft.Interop.LibraryImportGenerator.dll not found under {packs}/{major}.*/analyzers/dotnet/cs");
    }

    private sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
