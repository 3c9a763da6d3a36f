namespace BindingForge.Model.Diagnostics;

/// <summary>Collects diagnostics during a pass. Passes report into a bag and never throw for user mistakes.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>Everything reported so far, in order.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Puts <paramref name="diagnostics"/> at position <paramref name="index"/>, as if they had been reported
    /// then: work done beside a pass keeps the order a sequential run reports in.</summary>
    public void InsertRange(int index, IEnumerable<Diagnostic> diagnostics) => _items.InsertRange(index, diagnostics);

    public void Error(string id, string message, SourceLocation? location = null) =>
        Add(new Diagnostic(id, DiagnosticSeverity.Error, message, location ?? SourceLocation.None));

    public void Warning(string id, string message, SourceLocation? location = null) =>
        Add(new Diagnostic(id, DiagnosticSeverity.Warning, message, location ?? SourceLocation.None));

    public void Info(string id, string message, SourceLocation? location = null) =>
        Add(new Diagnostic(id, DiagnosticSeverity.Info, message, location ?? SourceLocation.None));

    /// <summary>A frozen copy, for results.</summary>
    public IReadOnlyList<Diagnostic> ToImmutable() => [.. _items];
}
