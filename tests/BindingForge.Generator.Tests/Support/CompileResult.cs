using Microsoft.CodeAnalysis;

namespace BindingForge.Generator.Tests.Support;

/// <summary>What an in-memory compilation produced.</summary>
/// <param name="Diagnostics">Errors and warnings (warnings are errors here), including the source generator's.</param>
/// <param name="Image">The assembly, when it compiled.</param>
/// <param name="GeneratedTrees">How many syntax trees the source generators added.</param>
internal sealed record CompileResult(IReadOnlyList<Diagnostic> Diagnostics, byte[]? Image, int GeneratedTrees)
{
    public bool Success => Image is not null && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error && !d.IsWarningAsError);

    /// <summary>The diagnostics, one per line, for assertion messages.</summary>
    public string Report() => string.Join("\n", Diagnostics.Select(d => d.ToString()));
}
