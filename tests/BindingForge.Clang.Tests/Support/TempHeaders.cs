namespace BindingForge.Clang.Tests.Support;

/// <summary>A temporary folder of headers written by a test; deleted on dispose.</summary>
internal sealed class TempHeaders : IDisposable
{
    public TempHeaders() => Directory.CreateDirectory(Dir);

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "bf-clang-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="text"/> as <paramref name="name"/> and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
