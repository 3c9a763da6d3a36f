using System.Text;
using BindingForge.Generator.Output;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Tests.Golden;

/// <summary>How a generation result is written down for comparison with the expected files.</summary>
public static class GoldenOutput
{
    /// <summary>The separator line before each generated file in <c>expected.thin.cs</c>.</summary>
    public static string Separator(string fileName) => $"// ---- file: {fileName}";

    /// <summary>All generated files in emission order, each after its separator line.</summary>
    public static string Files(IEnumerable<GeneratedFile> files, string? caseDirectory = null)
    {
        var builder = new StringBuilder();
        foreach (var file in files)
        {
            // The shim's C source includes the headers by full path: the case folder is removed, as from diagnostics.
            var content = caseDirectory is null ? file.Content : file.Content.Replace(caseDirectory.TrimEnd('/') + "/", "", StringComparison.Ordinal);
            builder.Append(Separator(file.RelativePath)).Append('\n').Append(content);
        }

        return builder.ToString();
    }

    /// <summary>One diagnostic per line, with the case folder removed from paths so that the text is portable.</summary>
    public static string Diagnostics(IEnumerable<Diagnostic> diagnostics, string caseDirectory)
    {
        var prefix = caseDirectory.TrimEnd('/') + "/";
        var root = Path.GetFullPath(Path.Combine(caseDirectory, "..", "..", "..")).TrimEnd('/') + "/";
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics)
            builder.Append(diagnostic.ToString().Replace(prefix, "", StringComparison.Ordinal).Replace(root, "", StringComparison.Ordinal)).Append('\n');
        return builder.ToString();
    }
}
