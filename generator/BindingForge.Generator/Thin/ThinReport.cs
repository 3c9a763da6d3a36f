using BindingForge.Generator.Mapping;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Thin;

/// <summary>
/// Where the thin builders report: skipped declarations (a warning plus a summary entry), declarations bound in a form
/// the caller must know about (an info plus a summary entry) and approximations (one warning per distinct note,
/// however many declarations share the type).
/// </summary>
internal sealed class ThinReport(DiagnosticBag diagnostics)
{
    private readonly HashSet<string> _notes = new(StringComparer.Ordinal);

    public DiagnosticBag Diagnostics => diagnostics;

    public List<SkippedItem> Skipped { get; } = [];

    /// <summary>Reports that <paramref name="name"/> was not bound, and why.</summary>
    public void Skip(string kind, string name, string reason, string id, SourceLocation location)
    {
        diagnostics.Warning(id, $"{kind} '{name}' is not bound: {reason}", location);
        Skipped.Add(new SkippedItem(kind, name, reason, id));
    }

    public List<NotedItem> Noted { get; } = [];

    /// <summary>Reports that <paramref name="name"/> was bound as <paramref name="note"/> says, which asks something of the caller.</summary>
    public void Note(string kind, string name, string note, string id, SourceLocation location)
    {
        diagnostics.Info(id, $"{kind} '{name}' {note}", location);
        Noted.Add(new NotedItem(kind, name, note, id));
    }

    /// <summary>Reports a type bound approximately, once per distinct note.</summary>
    public void Degraded(MappedType type, SourceLocation location)
    {
        if (type.Degraded is { } note && _notes.Add(note))
            diagnostics.Warning(type.DiagnosticId, note, location);
    }
}
