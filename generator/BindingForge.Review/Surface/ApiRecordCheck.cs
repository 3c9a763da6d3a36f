using BindingForge.Contracts;
using BindingForge.Generator.Session;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Surface;

/// <summary>
/// <c>check</c> and <c>generate</c> against the API record committed next to the contract: every item the headers now
/// bind differently is a warning at the record's line (BF2501, classified as the diff classifies it), every item the
/// record lacks one at the line it would take (BF2502). With <c>update</c> the record is (re)written instead (BF2504).
/// </summary>
public static class ApiRecordCheck
{
    /// <param name="session">A session whose headers were read; nothing is compared when they were not.</param>
    public static IReadOnlyList<Diagnostic> Run(BindingSession session, bool update, DiagnosticSeverity drift = DiagnosticSeverity.Warning)
    {
        if (session.ContractPath is not { } contract || SessionSurface.Record(session) is not { } current)
            return [];
        return Compare(contract, current, update, drift);
    }

    /// <summary>Compares (or, with <paramref name="update"/>, writes) the record of <paramref name="contract"/> with <paramref name="current"/>.</summary>
    public static IReadOnlyList<Diagnostic> Compare(string contract, ApiRecord current, bool update, DiagnosticSeverity drift = DiagnosticSeverity.Warning)
    {
        var path = ApiRecordFile.PathFor(contract);
        if (update)
            return [ApiRecordFile.Write(path, current)];
        var (text, problem) = ApiRecordFile.TryRead(path);
        if (problem is not null)
            return [problem];
        if (text is null)
        {
            return [new Diagnostic(ContractDiagnosticIds.ApiRecordMissing, DiagnosticSeverity.Info,
                $"no API record of the bound C surface next to the contract: `--update-api` writes {path}, so upgrades show what they change", new SourceLocation(contract, 1, 1))];
        }

        var (committed, unreadable) = ApiRecordReader.Read(text, path);
        var diagnostics = new List<Diagnostic>(unreadable);
        var diff = SurfaceDiffer.Compare(committed, current);
        foreach (var change in diff.Changes)
        {
            var id = change.Old is null ? ContractDiagnosticIds.ApiRecordNew : ContractDiagnosticIds.ApiRecordChanged;
            var line = change.Old?.Line ?? InsertionLine(committed, change.New!);
            diagnostics.Add(new Diagnostic(id, drift, $"{Words(change.Class)}: {change.Subject}: {change.Description}; review it, then `--update-api`", new SourceLocation(path, line, 1)));
        }

        foreach (var version in committed.OfKind(ApiKinds.Version).Where(v => current.Find(v.Kind, v.Key)?.Body != v.Body))
        {
            var now = current.Find(version.Kind, version.Key) is { } found ? ApiBody.Value(found.Body) : "(none)";
            diagnostics.Add(new Diagnostic(ContractDiagnosticIds.ApiRecordChanged, drift,
                $"the headers are another version: `{version.Key}` is {now}, the record says {ApiBody.Value(version.Body)}; review `bindingforge diff`, then `--update-api`", new SourceLocation(path, version.Line, 1)));
        }

        return diagnostics;
    }

    /// <summary>The line a new item would take: after the last committed item that sorts before it.</summary>
    private static int InsertionLine(ApiRecord committed, ApiLine item)
    {
        var order = ApiRecord.Of([.. committed.Lines, item]);
        var index = order.Lines.IndexOf(order.Find(item.Kind, item.Key)!);
        return index == 0 ? 1 : committed.Find(order.Lines[index - 1].Kind, order.Lines[index - 1].Key)!.Line + 1;
    }

    public static string Words(SurfaceClass kind) => kind switch
    {
        SurfaceClass.BinaryBreaking => "binary-breaking",
        SurfaceClass.SourceBreaking => "source-breaking",
        _ => "additive",
    };
}
