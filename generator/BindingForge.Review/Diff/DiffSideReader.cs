using BindingForge.Contracts;
using BindingForge.Generator.Session;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using BindingForge.Review.Surface;

namespace BindingForge.Review.Diff;

/// <summary>
/// Turns one version of a contract into a <see cref="DiffSide"/>: loads its text (at a path, so relative include dirs
/// resolve), reads its headers, and builds the API record of what they bind. A version that does not load or whose
/// headers do not parse gives no side (BF2400); a version with errors gives a side and a BF2401 error, because the
/// entries with errors are left out of the comparison.
/// </summary>
public static class DiffSideReader
{
    /// <param name="text">The contract's text.</param>
    /// <param name="path">The path it is loaded at: locations use it and its relative include dirs resolve against it.</param>
    /// <param name="label">What this version is (<c>HEAD~1</c>, a file name), for messages and the report.</param>
    /// <param name="headersAre">How the report names where its headers were read (<c>the working tree</c>).</param>
    public static (DiffSide? Side, BindingSession Session) Read(string text, string path, string label, string headersAre, DiagnosticBag diagnostics)
    {
        var session = BindingSession.LoadText(text, path);
        if (session.Document is not { } document)
        {
            diagnostics.AddRange(session.LoadDiagnostics);
            diagnostics.Error(ContractDiagnosticIds.DiffInputUnreadable, $"{label}: the contract does not load", new SourceLocation(path, 1, 1));
            return (null, session);
        }

        session = session.ReadHeaders();
        if (session.ReadFailed)
        {
            diagnostics.AddRange(session.ReadDiagnostics.Where(d => d.IsError));
            diagnostics.Error(ContractDiagnosticIds.DiffInputUnreadable, $"{label}: the contract's headers do not parse", new SourceLocation(path, 1, 1));
            return (null, session);
        }

        // The read had no error, so these are the load's and the binder's.
        session = session.Bind();
        var errors = session.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            diagnostics.AddRange(errors);
            diagnostics.Error(ContractDiagnosticIds.DiffInputInvalid, $"{label}: the contract has {errors.Count} error(s) (see `bindingforge check`); the entries with errors are left out of the comparison, which is incomplete", new SourceLocation(path, 1, 1));
        }

        var side = new DiffSide(document, session.Header!, label) { Surface = SessionSurface.Record(session), SurfaceSource = $"headers read from {headersAre}" };
        return (side, session);
    }
}
