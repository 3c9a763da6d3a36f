namespace BindingForge.Generator.Output;

/// <summary>One file the generator emits, relative to the output folder.</summary>
public sealed record GeneratedFile(string RelativePath, string Content);
