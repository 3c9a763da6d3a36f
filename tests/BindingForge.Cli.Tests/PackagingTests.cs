using System.Xml.Linq;

namespace BindingForge.Cli.Tests;

/// <summary>What the packages promise that a file must keep: the MSBuild package finds the libclang it depends on.</summary>
public sealed class PackagingTests
{
    [Fact]
    public void The_msbuild_props_name_the_libclang_package_version_the_build_depends_on()
    {
        var packages = XDocument.Load(Path.Combine(CliRunner.RepoRoot, "Directory.Packages.props"));
        var version = packages.Descendants("PackageVersion").Single(p => (string?)p.Attribute("Include") == "libclang.runtime.linux-x64").Attribute("Version")!.Value;
        var props = XDocument.Load(Path.Combine(CliRunner.RepoRoot, "generator", "BindingForge.MSBuild", "build", "BindingForge.MSBuild.props"));

        Assert.Equal(version, props.Descendants("BindingForgeLibClangPackageVersion").Single().Value);
    }

    [Theory]
    [InlineData("runtime/BindingForge.Runtime/BindingForge.Runtime.csproj")]
    [InlineData("generator/BindingForge.Cli/BindingForge.Cli.csproj")]
    [InlineData("generator/BindingForge.MSBuild/BindingForge.MSBuild.csproj")]
    public void Each_shipped_project_is_packable_with_a_description_and_a_readme(string path)
    {
        var project = XDocument.Load(Path.Combine(CliRunner.RepoRoot, path));

        Assert.Equal("true", project.Descendants("IsPackable").Single().Value);
        Assert.False(string.IsNullOrWhiteSpace(project.Descendants("Description").Single().Value));
        Assert.Equal("README.md", project.Descendants("PackageReadmeFile").Single().Value);
        Assert.True(File.Exists(Path.Combine(CliRunner.RepoRoot, Path.GetDirectoryName(path)!, "README.md")));
    }
}
