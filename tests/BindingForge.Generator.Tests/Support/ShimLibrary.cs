namespace BindingForge.Generator.Tests.Support;

/// <summary>Puts a generated C shim where the generated resolver looks for it: the application's folder.</summary>
internal static class ShimLibrary
{
    /// <summary>Installs the result's shim, when it has one.</summary>
    public static void Install(GenerationResult result)
    {
        if (result.Files.SingleOrDefault(f => f.RelativePath.EndsWith(".shim.so", StringComparison.Ordinal)) is not { } library)
            return;
        var path = Path.Combine(AppContext.BaseDirectory, library.RelativePath);
        // Never rewrite a loaded library in place: the bytes are the same on every run, so an existing file is it.
        if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(library.Bytes))
        {
            var staged = path + "." + Guid.NewGuid().ToString("N");
            File.WriteAllBytes(staged, library.Bytes!);
            File.Move(staged, path, overwrite: true);
        }
    }
}
