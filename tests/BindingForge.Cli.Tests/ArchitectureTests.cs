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

    /// <summary>
    /// The project graph of docs/architecture.md, bottom up: each project may reference only the projects listed for
    /// it. The model references nothing; Clang and Contracts only the model (neither knows the other, the generator or
    /// review); the generator (which holds the binding session) knows Clang and Contracts, and the runtime only for
    /// compile-time nameof of the API its safe code calls, but not review; review knows
    /// the generator but not the command line; only the command line references both. A new edge is a decision:
    /// change this table and the document together.
    /// </summary>
    private static readonly Dictionary<string, string[]> AllowedReferences = new()
    {
        ["BindingForge.Model"] = [],
        ["BindingForge.Clang"] = ["BindingForge.Model"],
        ["BindingForge.Contracts"] = ["BindingForge.Model"],
        ["BindingForge.Generator"] = ["BindingForge.Model", "BindingForge.Clang", "BindingForge.Contracts", "BindingForge.Runtime"],
        ["BindingForge.Review"] = ["BindingForge.Model", "BindingForge.Contracts", "BindingForge.Generator"],
        ["BindingForge.Verification"] = ["BindingForge.Model", "BindingForge.Generator"],
        ["BindingForge.Cli"] = ["BindingForge.Generator", "BindingForge.Review", "BindingForge.Verification"],
        // The MSBuild task runs the packed tool in its own process: the Cli reference only builds it (no assembly
        // reference), the runtime one makes the runtime package a dependency of the MSBuild package.
        ["BindingForge.MSBuild"] = ["BindingForge.Cli", "BindingForge.Runtime"],
    };

    public static TheoryData<string> GeneratorProjects() => [.. AllowedReferences.Keys];

    [Theory]
    [MemberData(nameof(GeneratorProjects))]
    public void Projects_reference_only_the_layers_below_them(string name)
    {
        var references = ProjectReferences(name);

        var unexpected = references.Except(AllowedReferences[name]).ToArray();
        Assert.True(unexpected.Length == 0, $"{name} references {string.Join(", ", unexpected)}, which docs/architecture.md does not allow");
    }

    [Fact]
    public void Every_generator_project_is_in_the_layer_table()
    {
        var projects = Directory.GetDirectories(Path.Combine(CliRunner.RepoRoot, "generator"))
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(AllowedReferences.Keys.Order(StringComparer.Ordinal), projects);
    }

    [Fact]
    public void Capture_and_binding_assemblies_reference_no_libclang_generator_review_or_command_line()
    {
        string[] above = ["BindingForge.Clang", "BindingForge.Generator", "BindingForge.Review", "BindingForge.Cli", "System.CommandLine", "Spectre.Console"];
        var contracts = typeof(BindingForge.Contracts.ContractLoader).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.DoesNotContain(contracts, r => above.Contains(r));
    }

    [Fact]
    public void The_generator_and_review_assemblies_know_no_console_or_command_line()
    {
        // A build task will load both: neither may depend on the command line's packages, and the generator not on review
        // or on Roslyn (the structural check of the output lives in BindingForge.Verification, so the generator stays light).
        var generator = typeof(BindingForge.Generator.GeneratorOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        var review = typeof(BindingForge.Review.Coverage.ContractAudit).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.DoesNotContain(generator, r => r is "BindingForge.Review" or "BindingForge.Cli" or "BindingForge.Verification" or "System.CommandLine" or "Spectre.Console"
            || r.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(review, r => r is "BindingForge.Cli" or "System.CommandLine" or "Spectre.Console");
    }

    /// <summary>
    /// Load, parse and bind are orchestrated once: outside the projects that implement them, only the binding session
    /// calls the contract loader, the header reader and the binder.
    /// </summary>
    [Fact]
    public void Only_the_binding_session_loads_reads_headers_and_binds()
    {
        var generator = Path.Combine(CliRunner.RepoRoot, "generator");
        string[] owners = ["BindingForge.Contracts", "BindingForge.Clang", Path.Combine("BindingForge.Generator", "Session")];
        string[] calls = ["ContractLoader.", "ContractBinder.Bind(", "new HeaderReader("];
        var offenders = Directory.GetFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !owners.Any(o => Path.GetRelativePath(generator, f).StartsWith(o + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .Where(f => calls.Any(c => File.ReadAllText(f).Contains(c, StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(generator, f))
            .ToArray();

        Assert.True(offenders.Length == 0, "these files load, read or bind without the BindingSession: " + string.Join(", ", offenders));
    }

    private static string[] ProjectReferences(string name)
    {
        var project = XDocument.Load(Path.Combine(CliRunner.RepoRoot, "generator", name, name + ".csproj"));
        return [.. project.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))];
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
