using System.Collections.Immutable;
using BindingForge.Generator.Output;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator;

/// <summary>
/// What a generation run produced: the files (not yet written), every diagnostic, and a summary of what was bound.
/// When <see cref="Diagnostics"/> holds an error, <see cref="Files"/> is empty.
/// </summary>
public sealed record GenerationResult(
    ImmutableArray<GeneratedFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    GenerationSummary Summary)
{
    /// <summary>True when no diagnostic is an error.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>A failed run: no files, the diagnostics that explain why.</summary>
    public static GenerationResult Failed(IReadOnlyList<Diagnostic> diagnostics) =>
        new([], diagnostics, GenerationSummary.Empty);
}
