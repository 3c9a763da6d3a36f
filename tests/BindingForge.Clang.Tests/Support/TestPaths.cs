namespace BindingForge.Clang.Tests.Support;

/// <summary>Where the repository's fixture headers are, found from the test assembly's folder.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string HeadersDir => Path.Combine(RepositoryRoot, "tests", "headers");

    public static string Everything => Path.Combine(HeadersDir, "everything.h");

    public static string Broken => Path.Combine(HeadersDir, "broken.h");

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
