using System.Reflection;

namespace BindingForge.Contracts.Tests;

/// <summary>Every BF2xxx id the contracts project reports has a page under docs/diagnostics, and every page an id.</summary>
public sealed class DiagnosticDocsTests
{
    private static readonly string[] Ids = [.. typeof(ContractDiagnosticIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)];

    [Fact]
    public void Ids_are_unique_BF2xxx_codes()
    {
        Assert.All(Ids, id => Assert.Matches("^BF2[0-9]{3}$", id));
        Assert.Equal(Ids.Length, Ids.Distinct().Count());
    }

    [Fact]
    public void Every_id_has_a_page_with_a_title_severity_example_and_fix()
    {
        foreach (var id in Ids)
        {
            var path = Path.Combine(RepositoryFiles.Root, "docs", "diagnostics", id + ".md");
            Assert.True(File.Exists(path), $"{path} is missing");
            var text = File.ReadAllText(path);
            Assert.StartsWith($"# {id}: ", text);
            Assert.Contains("**Severity:**", text);
            Assert.Contains("```", text);
            Assert.Contains("**Fix:**", text);
        }
    }

    [Fact]
    public void Every_BF2_page_belongs_to_an_id()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "docs", "diagnostics"), "BF2*.md")
            .Select(Path.GetFileNameWithoutExtension);

        Assert.All(pages, page => Assert.Contains(page, Ids));
    }
}
