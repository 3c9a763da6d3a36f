namespace BindingForge.Generator;

/// <summary>A declaration the generator bound in a form the caller must know about, with the diagnostic that says so.</summary>
/// <param name="Kind">What it is: <c>flexible array</c> ...</param>
/// <param name="Name">Its C name (<c>record.field</c> for a field).</param>
/// <param name="Note">One line, for the summary: how it was bound and what that asks of the caller.</param>
/// <param name="DiagnosticId">The id of the diagnostic reported with it.</param>
public sealed record NotedItem(string Kind, string Name, string Note, string DiagnosticId)
{
    /// <summary><c>flexible array msg.text: bound as the method text(count) … (BF3012)</c>.</summary>
    public override string ToString() => $"{Kind} {Name}: {Note} ({DiagnosticId})";
}
