namespace BindingForge.Generator.Output;

/// <summary>One file the generator emits, relative to the output folder: text (C#, the shim's C source), or the bytes
/// of the compiled shim library.</summary>
public sealed record GeneratedFile(string RelativePath, string Content)
{
    /// <summary>The file's bytes when it is binary (the shim library); null for text, which is <see cref="Content"/>.</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>True for a C# source file: what is compiled, and what the structural check parses.</summary>
    public bool IsCSharp => RelativePath.EndsWith(".cs", StringComparison.Ordinal);

    /// <summary>A binary file.</summary>
    public static GeneratedFile Binary(string relativePath, byte[] bytes) => new(relativePath, "") { Bytes = bytes };
}
