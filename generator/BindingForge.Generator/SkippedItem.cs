namespace BindingForge.Generator;

/// <summary>A declaration the generator did not bind, with the diagnostic that says why.</summary>
/// <param name="Kind">What it was: <c>function</c>, <c>constant</c>, <c>struct</c>, <c>field</c> ...</param>
/// <param name="Name">Its C name (<c>record.field</c> for a field).</param>
/// <param name="Reason">One line, for the summary.</param>
/// <param name="DiagnosticId">The id of the diagnostic reported with it.</param>
public sealed record SkippedItem(string Kind, string Name, string Reason, string DiagnosticId)
{
    /// <summary><c>function sqlite3_mprintf: variadic (BF3001)</c>.</summary>
    public override string ToString() => $"{Kind} {Name}: {Reason} ({DiagnosticId})";
}
