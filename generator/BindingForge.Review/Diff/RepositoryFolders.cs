using BindingForge.Contracts;
using BindingForge.Contracts.Syntax;

namespace BindingForge.Review.Diff;

/// <summary>Where a contract's vendored headers can be: its folder and its include dirs inside the repository.</summary>
public static class RepositoryFolders
{
    /// <summary>Those folders relative to <paramref name="root"/>, with <c>/</c>; the contract's own first (<c>.</c> at the root).</summary>
    /// <param name="contract">The contract's path relative to the root.</param>
    /// <param name="document">The contract loaded at <c>root/contract</c>, so its include dirs resolve there; null: its folder only.</param>
    public static IReadOnlyList<string> Of(string root, string contract, ContractDocument? document)
    {
        var folders = new List<string> { Path.GetDirectoryName(contract) is { Length: > 0 } folder ? folder.Replace('\\', '/') : "." };
        foreach (var dir in document is { Library: not null } ? LibraryOptions.FromDocument(document).IncludeDirs : [])
        {
            var relative = Path.GetRelativePath(root, dir);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                folders.Add(relative.Replace('\\', '/'));
        }

        return [.. folders.Distinct(StringComparer.Ordinal)];
    }
}
