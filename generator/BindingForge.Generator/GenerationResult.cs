using System.Collections.Immutable;
using BindingForge.Generator.Output;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

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
    /// <summary>The header model after selection: what was bound (for <c>--emit-model</c> and bug reports).</summary>
    public HeaderModel? Model { get; init; }

    /// <summary>The bound contract, when the run had one.</summary>
    public BoundContract? Contract { get; init; }

    /// <summary>The types and members the render records say <see cref="Files"/> declare, file by file; what a
    /// structural check of the output compares the parsed files with.</summary>
    public EmittedSurface Surface { get; init; } = EmittedSurface.Empty;

    /// <summary>Every file the header parse read (named headers, what they include, system headers), as full paths:
    /// with the contract, what a build's dependency file lists so that an edit to any of them regenerates.</summary>
    public ImmutableArray<string> IncludedFiles { get; init; } = [];

    /// <summary>True when no diagnostic is an error.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>A failed run: no files, the diagnostics that explain why.</summary>
    public static GenerationResult Failed(IReadOnlyList<Diagnostic> diagnostics) =>
        new([], diagnostics, GenerationSummary.Empty);
}
