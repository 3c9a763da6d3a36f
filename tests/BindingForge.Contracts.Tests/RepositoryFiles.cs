namespace BindingForge.Contracts.Tests;

/// <summary>Finds files of the repository (the folder holding BindingForge.sln) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string ContractsFolder => Path.Combine(Root, "contracts");

    public static string SchemaPath => Path.Combine(ContractsFolder, "bindingforge.schema.json");

    /// <summary>Every contract of the repository: contracts/*.yaml.</summary>
    public static IEnumerable<string> Contracts() => Directory.EnumerateFiles(ContractsFolder, "*.yaml").Order(StringComparer.Ordinal);

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
