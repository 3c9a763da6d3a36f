using System.Reflection;
using System.Xml.Linq;

namespace BindingForge.Cli.Tests;

/// <summary>The separations of STYLE.md, enforced: the model knows nothing of libclang, YAML or Scriban.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Forbidden = ["YamlDotNet", "Scriban", "BindingForge.Clang", "BindingForge.Contracts", "BindingForge.Generator", "System.CommandLine", "Spectre.Console"];

    [Fact]
    public void Model_assembly_references_no_parser_yaml_or_template_library()
    {
        var model = typeof(BindingForge.Model.SourceLocation).Assembly;
        var references = model.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.DoesNotContain(references, r => Forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void Model_project_has_no_package_or_project_references()
    {
        var project = XDocument.Load(Path.Combine(CliRunner.RepoRoot, "generator", "BindingForge.Model", "BindingForge.Model.csproj"));
        Assert.Empty(project.Descendants("PackageReference"));
        Assert.Empty(project.Descendants("ProjectReference"));
    }

    [Fact]
    public void Only_the_clang_project_declares_native_imports_of_libclang()
    {
        foreach (var assembly in new[] { typeof(BindingForge.Model.SourceLocation).Assembly, typeof(BindingForge.Generator.GeneratorOptions).Assembly })
        {
            var imports = assembly.GetTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
                .Where(m => m.GetCustomAttribute<System.Runtime.InteropServices.DllImportAttribute>()?.Value.Contains("clang", StringComparison.Ordinal) == true);
            Assert.Empty(imports);
        }
    }
}

/// <summary>Diagnostics are data with a page each: every id the generator can report is documented.</summary>
public sealed class DiagnosticDocsTests
{
    [Fact]
    public void Every_diagnostic_id_in_the_generator_has_a_page()
    {
        var root = CliRunner.RepoRoot;
        var ids = Directory.GetFiles(Path.Combine(root, "generator"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "\"(BF\\d{4})\"").Select(m => m.Groups[1].Value))
            .ToHashSet();
        Assert.True(ids.Count > 50, $"found only {ids.Count} ids: the scan is broken");
        var missing = ids.Where(id => !File.Exists(Path.Combine(root, "docs", "diagnostics", id + ".md"))).Order().ToArray();
        Assert.Empty(missing);
    }
}
