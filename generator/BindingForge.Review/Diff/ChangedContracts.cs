using BindingForge.Contracts;
using BindingForge.Generator.Session;
using BindingForge.Review.Surface;

namespace BindingForge.Review.Diff;

/// <summary>
/// The contracts <c>diff --git REV</c> compares when given none: every tracked (or changed) contract whose YAML changed,
/// whose API record changed, or whose folder or include dirs inside the repository hold a changed file other than a
/// contract or record (a vendored header): an upgrade that swaps headers and keeps the contract is compared too.
/// </summary>
public static class ChangedContracts
{
    public static (IReadOnlyList<string> Files, string? Error) Find(string root, string revision)
    {
        var (changed, error) = GitRevisionReader.Changed(root, revision);
        if (error is not null)
            return ([], error);
        var (tracked, trackedError) = GitRevisionReader.TrackedYaml(root);
        if (trackedError is not null)
            return ([], trackedError);
        var headers = changed.Where(f => !IsYaml(f) && !f.EndsWith(ApiRecordFile.Extension, StringComparison.Ordinal)).ToList();
        var contracts = tracked.Union(changed.Where(IsYaml), StringComparer.Ordinal)
            .Where(f => File.Exists(Path.Combine(root, f)))
            .Select(f => (File: f, Document: BindingSession.Load(Path.Combine(root, f)).Document))
            .Where(c => c.Document?.Library is not null)
            .Where(c => changed.Contains(c.File) || changed.Contains(ApiRecordFile.PathFor(c.File))
                || headers.Any(h => RepositoryFolders.Of(root, c.File, c.Document).Any(d => Under(h, d))))
            .Select(c => c.File);
        return ([.. contracts.Order(StringComparer.Ordinal)], null);
    }

    private static bool IsYaml(string file) => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal);

    private static bool Under(string file, string folder) => folder == "." || file.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);
}
