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
