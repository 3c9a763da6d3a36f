using BindingForge.Generator.Tests.Support;
using BindingForge.Generator.Output;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// examples/Sqlite3Safe and examples/ZlibSafe check in the bindings that <c>bindingforge generate CONTRACT --style safe</c>
/// writes; this fails when they are stale. Regenerate with the command in the example's project file, or run this
/// test with BF_UPDATE_GOLDEN=1.
/// </summary>
public sealed class SafeExamplesTests
{
    [Theory]
    [InlineData("contracts/sqlite3.yaml", "examples/Sqlite3Safe/Generated")]
    [InlineData("contracts/zlib.yaml", "examples/ZlibSafe/Generated")]
    public void Checked_in_bindings_are_what_the_generator_writes(string contract, string folder)
    {
        var result = new VerifiedPipeline().Run(SafeBindings.Options(contract));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var directory = Path.Combine(SafeBindings.Root, folder);
        if (Environment.GetEnvironmentVariable("BF_UPDATE_GOLDEN") == "1")
        {
            foreach (var stale in Directory.GetFiles(directory).Where(f => !f.EndsWith(".csproj", StringComparison.Ordinal)))
                File.Delete(stale);
            foreach (var file in result.Files)
            {
                if (file.Bytes is { } bytes)
                    File.WriteAllBytes(Path.Combine(directory, file.RelativePath), bytes);
                else
                    File.WriteAllText(Path.Combine(directory, file.RelativePath), file.Content);
            }
        }

        // Sources are compared as text; the compiled shim only for its presence (it is this machine's compiler's).
        var expected = result.Files.Where(f => f.Bytes is null).ToDictionary(f => f.RelativePath, f => f.Content);
        var actual = Directory.GetFiles(directory).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".c", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f));
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (name, content) in expected)
            Assert.True(content == actual[name], $"{folder}/{name} is stale: regenerate it with bindingforge generate {contract} --style safe --out {folder}");
        Assert.All(actual.Values, text => Assert.StartsWith(OutputWriter.Stamp, text, StringComparison.Ordinal));
        foreach (var binary in result.Files.Where(f => f.Bytes is not null))
            Assert.True(File.Exists(Path.Combine(directory, binary.RelativePath)), $"{folder}/{binary.RelativePath} is missing: regenerate the example");
    }
}
