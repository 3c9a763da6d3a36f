namespace BindingForge.Model;

/// <summary>A place in a source file: a header, a contract or a template. Lines and columns start at 1.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>No location: a diagnostic about the run as a whole.</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0, 0);

    /// <summary>True when this location names a file.</summary>
    public bool IsKnown => File.Length > 0;

    /// <summary>MSBuild-style text: <c>path(line,col)</c>.</summary>
    public override string ToString() => IsKnown ? $"{File}({Line},{Column})" : string.Empty;
}
