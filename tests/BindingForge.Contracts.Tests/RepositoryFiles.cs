namespace BindingForge.Contracts.Tests;

/// <summary>Finds files of the repository (the folder holding BindingForge.sln) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string ContractsFolder => Path.Combine(Root, "contracts");

    public static string SchemaPath => Path.Combine(ContractsFolder, "bindingforge.schema.json");

    /// <summary>
    /// Every contract of the repository, as paths relative to <see cref="Root"/>: contracts/*.yaml, the fixtures'
    /// contracts under tests/native, and the golden cases' contract.yaml files.
    /// </summary>
    public static IEnumerable<string> Contracts() =>
        Directory.EnumerateFiles(ContractsFolder, "*.yaml")
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "tests", "native"), "*.yaml", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "tests", "golden"), "contract.yaml", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}build{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Root, p))
            .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BindingForge.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("BindingForge.sln not found above " + AppContext.BaseDirectory);
    }
}
