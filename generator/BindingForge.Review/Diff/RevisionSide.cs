using BindingForge.Contracts;
using BindingForge.Generator.Session;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using BindingForge.Review.Surface;

namespace BindingForge.Review.Diff;

/// <summary>
/// The older side of <c>diff --git REV</c> as it was at REV: the contract's text, and the folders of the repository its
/// headers are read from (the contract's folder and its include dirs inside the repository), extracted from REV into
/// a temporary copy of the repository's layout, so vendored headers are REV's, whatever the working tree holds and
/// whichever header list the newer contract names. Headers found outside the repository (system headers) are the
/// machine's, not REV's: the surface then comes from the API record committed at REV (BF2510), or is unknown (BF2511).
/// Locations in the copy are reported as <c>REV:path</c>. The copy is deleted before returning.
/// </summary>
public static class RevisionSide
{
    /// <param name="root">The repository's top folder.</param>
    /// <param name="revision">The git revision of the older side.</param>
    /// <param name="contract">The contract's path relative to <paramref name="root"/>.</param>
    /// <param name="text">The contract's text at <paramref name="revision"/>.</param>
    public static DiffSide? Read(string root, string revision, string contract, string text, DiagnosticBag diagnostics)
    {
        var copy = Path.Combine(Path.GetTempPath(), "bindingforge-rev-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var folders = RepositoryFolders.Of(root, contract, BindingSession.LoadText(text, Path.Combine(root, contract)).Document);
            var extracted = GitRevisionReader.Extract(root, revision, folders, copy);
            if (extracted is not null)
                diagnostics.Warning(ContractDiagnosticIds.DiffInputUnreadable, $"{revision}: {extracted}", new SourceLocation(contract, 1, 1));
            var local = new DiagnosticBag();
            var (side, session) = DiffSideReader.Read(text, Path.Combine(copy, contract), revision, $"`{revision}`", local);
            diagnostics.AddRange(local.Items.Select(d => Relocate(d, copy, revision)));
            if (side is null)
                return null;
            var vendored = session.IncludedFiles.Where(f => f.StartsWith(copy + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
            if (session.Library!.Headers.All(h => vendored.Any(f => f.EndsWith(Path.DirectorySeparatorChar + h.Replace('/', Path.DirectorySeparatorChar), StringComparison.Ordinal))))
                return side with { Document = side.Document with { Path = contract }, SurfaceSource = $"headers read at `{revision}` ({string.Join(", ", session.Library.Headers)})" };
            return FromRecord(side with { Document = side.Document with { Path = contract } }, root, revision, contract, diagnostics);
        }
        finally
        {
            Remove(copy);
        }
    }

    /// <summary>The older surface from the API record committed at REV, when the headers are not in the repository.</summary>
    private static DiffSide FromRecord(DiffSide side, string root, string revision, string contract, DiagnosticBag diagnostics)
    {
        var recordPath = ApiRecordFile.PathFor(contract);
        var shown = GitRevisionReader.Show(root, revision, recordPath);
        if (shown.Output is not { } recordText)
        {
            diagnostics.Warning(ContractDiagnosticIds.DiffSurfaceUnknown,
                $"{revision}: the headers are outside the repository and `{recordPath}` did not exist at {revision}: the C surface cannot be compared (commit the record with `--update-api`)", new SourceLocation(contract, 1, 1));
            return side with { Surface = null, SurfaceSource = $"unknown (headers outside the repository, no `{recordPath}` at `{revision}`)" };
        }

        var (record, unreadable) = ApiRecordReader.Read(recordText, $"{revision}:{recordPath}");
        diagnostics.AddRange(unreadable);
        diagnostics.Info(ContractDiagnosticIds.DiffSurfaceSource, $"{revision}: the headers are outside the repository; the older C surface is `{recordPath}` as committed at {revision}", new SourceLocation(contract, 1, 1));
        return side with { Surface = record, SurfaceSource = $"API record `{recordPath}` at `{revision}` (headers outside the repository)" };
    }

    private static Diagnostic Relocate(Diagnostic d, string copy, string revision) =>
        d.Location.File.StartsWith(copy, StringComparison.Ordinal)
            ? d with { Location = d.Location with { File = $"{revision}:{Path.GetRelativePath(copy, d.Location.File)}" } }
            : d;

    private static void Remove(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a temporary copy left behind is not worth failing the diff for
        }
    }
}
