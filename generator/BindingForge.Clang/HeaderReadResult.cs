using System.Collections.Immutable;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Clang;

/// <summary>The outcome of <see cref="HeaderReader.Read"/>.</summary>
/// <param name="Model">
/// The declarations of the named headers. <see cref="HeaderModel.Empty"/> whenever <paramref name="Diagnostics"/>
/// holds an error: a header that did not parse never yields a partial model.
/// </param>
/// <param name="Diagnostics">BF1xxx findings in the order they were made (errors, clang warnings, infos).</param>
public sealed record HeaderReadResult(HeaderModel Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Every file the parse read: the named headers and all they include, system headers too, as full paths in
    /// ordinal order (what a build's dependency file lists). Empty when the headers did not parse.
    /// </summary>
    public ImmutableArray<string> IncludedFiles { get; init; } = [];

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
