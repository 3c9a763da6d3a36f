using BindingForge.Generator;
using BindingForge.Generator.Output;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using Microsoft.CodeAnalysis;
using Diagnostic = BindingForge.Model.Diagnostics.Diagnostic;
using Microsoft.CodeAnalysis.CSharp;

namespace BindingForge.Verification;

/// <summary>
/// The structural check of a run's output: every generated file is parsed with Roslyn and must be clean
/// (<see cref="SyntaxHygiene"/>: no syntax error, no skipped token, no directive or character the templates never
/// write, well-formed doc comments) and declare exactly the types and members of the run's
/// <see cref="EmittedSurface"/> (<see cref="DeclaredSurface"/>), in the planned namespace. Input text that escaped
/// its escaping and became code, a directive or a bidi control makes the files differ from the plan, so the run is
/// refused (BF4004) instead of shipping it. The check reads only; it never changes a file.
/// </summary>
public static class OutputVerifier
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The result when its files pass the check; else a failed result (no files) with the BF4004 errors
    /// after the run's own diagnostics. A failed run is returned as it is.</summary>
    public static GenerationResult Verify(GenerationResult result)
    {
        if (!result.Succeeded)
            return result;
        var problems = Check(result.Files, result.Surface);
        return problems.Count == 0 ? result : GenerationResult.Failed([.. result.Diagnostics, .. problems]);
    }

    /// <summary>One BF4004 error per file that fails the check, and one per planned file that is missing.</summary>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<GeneratedFile> files, EmittedSurface surface)
    {
        var diagnostics = new DiagnosticBag();
        var planned = surface.Types.ToLookup(t => t.File, StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.IsCSharp))
        {
            var tree = CSharpSyntaxTree.ParseText(file.Content, Parse, file.RelativePath);
            var findings = SyntaxHygiene.Problems(tree, file.Content).ToList();
            if (findings.Count == 0)
                findings.AddRange(DeclaredSurface.Differences(tree, planned[file.RelativePath]));
            if (findings.Count > 0)
                Report(diagnostics, file.RelativePath, findings);
        }

        var emitted = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in planned.Select(g => g.Key).Where(f => !emitted.Contains(f)))
            Report(diagnostics, missing, [new Finding("the file was planned but not generated", 0, 0)]);
        return diagnostics.ToImmutable();
    }

    /// <summary>At most five findings per file, the first one's place as the diagnostic's.</summary>
    private static void Report(DiagnosticBag diagnostics, string file, IReadOnlyList<Finding> findings)
    {
        const int Shown = 5;
        var text = string.Join("; ", findings.Take(Shown).Select(f => f.Message));
        if (findings.Count > Shown)
            text += $"; and {findings.Count - Shown} more";
        var first = findings[0];
        var location = first.Line > 0 ? new SourceLocation(file, first.Line, first.Column) : new SourceLocation(file, 1, 1);
        diagnostics.Error(VerificationDiagnosticIds.OutputStructureMismatch,
            $"the generated file is not what the generator planned, so nothing was written (a bug in BindingForge, or input it failed to escape): {text}", location);
    }
}

/// <summary>One thing wrong with a generated file, at its line and column (0 when it has no place).</summary>
internal sealed record Finding(string Message, int Line, int Column);
