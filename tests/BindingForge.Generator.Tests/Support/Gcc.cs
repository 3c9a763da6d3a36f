using System.Diagnostics;

namespace BindingForge.Generator.Tests.Support;

/// <summary>Builds C sources into a shared library with the system gcc, for tests that compare with what C does.</summary>
internal static class Gcc
{
    /// <summary>Compiles <paramref name="sources"/> into <c>lib{name}.so</c> in <paramref name="directory"/>; returns its path.</summary>
    public static string SharedLibrary(string directory, string name, params string[] sources)
    {
        var output = Path.Combine(directory, $"lib{name}.so");
        var start = new ProcessStartInfo("gcc") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-shared", "-fPIC", "-O1", "-o", output }.Concat(sources))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"gcc failed:\n{errors}");
        return output;
    }

    /// <summary>
    /// Writes <paramref name="header"/> and <paramref name="source"/> as <c>{name}.h</c> and <c>{name}.c</c> in
    /// <paramref name="directory"/>, builds the source with gcc and generates the thin layer of the header against
    /// that library (class <paramref name="className"/>, namespace <c>Run.{className}</c>), structurally checked.
    /// </summary>
    public static GenerationResult Bind(string directory, string name, string className, string header, string source)
    {
        var headerPath = Path.Combine(directory, name + ".h");
        var sourcePath = Path.Combine(directory, name + ".c");
        File.WriteAllText(headerPath, header);
        File.WriteAllText(sourcePath, source);
        return new VerifiedPipeline(Thin.NativeLibraryProbe.None).Run(new GeneratorOptions
        {
            Headers = [headerPath],
            Library = SharedLibrary(directory, name, sourcePath),
            ClassName = className,
            Namespace = "Run." + className,
        });
    }
}
