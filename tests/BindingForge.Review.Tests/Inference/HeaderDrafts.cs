using BindingForge.Clang;
using BindingForge.Generator.Session;
using BindingForge.Review.Inference;

namespace BindingForge.Review.Tests.Inference;

/// <summary>Drafts a contract for real headers as <c>init</c> does, binds it as <c>check</c> does, and reads entries of the draft.</summary>
internal static class HeaderDrafts
{
    public static string Root => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));

    public static (InferenceResult Result, BindingSession Check) Draft(string[] headers, string[] includeDirs, string[] include, string library = "pools")
    {
        var read = new HeaderReader().Read(new HeaderReadRequest([.. headers], [.. includeDirs], []));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var folder = Path.Combine(Path.GetTempPath(), "bf-infer-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var draftPath = Path.Combine(folder, "draft.yaml");
        var request = new InferenceRequest(read.Model, library, [.. headers.Select(h => Path.GetFileName(h))], [.. includeDirs], []) { Include = [.. include] };
        var result = ContractInferrer.Infer(request, draftPath);
        File.WriteAllText(draftPath, result.Yaml);
        return (result, BindingSession.Load(draftPath).WithHeader(read.Model).Bind());
    }

    public static string Entry(string yaml, string key)
    {
        var start = yaml.IndexOf("\n  " + key + ":", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no entry {key} in\n{yaml}");
        var end = yaml.IndexOf("\n  ", start + 3, StringComparison.Ordinal);
        while (end >= 0 && yaml[end + 3] == ' ')
            end = yaml.IndexOf("\n  ", end + 3, StringComparison.Ordinal);
        return end < 0 ? yaml[start..] : yaml[start..end];
    }
}
