using System.Collections.Immutable;
using BindingForge.Contracts;
using BindingForge.Model.Diagnostics;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Annotations;
using BindingForge.Review.Inference.Draft;
using BindingForge.Review.Inference.Evidence;
using BindingForge.Review.Inference.Resolution;
using BindingForge.Review.Inference.Rules;

namespace BindingForge.Review.Inference;

/// <summary>
/// Drafts a contract from a header: every rule of <see cref="RuleList"/> adds claims, the resolver settles each fact
/// from its claims (strongest evidence wins, contradictions lower the confidence and are written down), and the
/// verifier makes sure <c>bindingforge check</c> accepts the result. Every drafted fact is <c>status: inferred</c>
/// with the evidence as its <c>source</c>. See docs/inference.md.
/// </summary>
public static class ContractInferrer
{
    /// <param name="path">The file the draft will be written to, for locations in diagnostics.</param>
    public static InferenceResult Infer(InferenceRequest request, string path = "draft.yaml")
    {
        var diagnostics = new DiagnosticBag();
        var context = new InferenceContext(request) { Introspection = IntrospectionLoader.Load(request, diagnostics, Environment.GetEnvironmentVariable) };
        if (context.Functions.IsEmpty)
        {
            diagnostics.Warning(ContractDiagnosticIds.NothingToInfer,
                $"no function to draft a contract for: the headers declare {request.Header.Functions.Length} function(s) and the selection leaves none that is not variadic");
        }

        var claims = new ClaimBoard();
        foreach (var rule in RuleList.All)
            rule.Apply(context, claims);

        diagnostics.AddRange(context.ManualDiagnostics.Items);
        var handles = new HandleDrafter(context, claims);
        var handleEntries = handles.Draft();
        var functions = new FunctionDrafter(context, claims, handles).Draft();
        (handleEntries, functions) = PoolDrafter.Apply(context, handleEntries, functions);
        functions = CallFactDrafter.Apply(context, handleEntries, functions);
        var pointerFunctions = context.Functions.Where(f => PointerBearing(context, f)).ToList();
        var withFacts = functions.Where(d => d.Returns is not null || !d.Params.IsEmpty).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var draft = new DraftContract(request, handleEntries, functions)
        {
            Uncovered = pointerFunctions.Count(f => !withFacts.Contains(f.Name)),
            FunctionMacros = [.. request.Header.FunctionMacros.Where(m => !m.Parameters.Contains("..."))],
        };

        var (verified, yaml) = DraftVerifier.Verify(draft, request.Header, d => HeaderComment(request, d, pointerFunctions.Count), path, diagnostics);
        var summary = new InferenceSummary(
            context.Functions.Length,
            pointerFunctions.Count,
            verified.Functions.Count(f => f.Returns is not null || !f.Params.IsEmpty),
            verified.Handles.Length,
            verified.Handles.Count(h => h.Facts.Any(f => f.Key == Facts.Release)),
            verified.Functions.Sum(f => f.Questions.Length));
        return new InferenceResult(yaml, summary, diagnostics.ToImmutable());
    }

    private static bool PointerBearing(InferenceContext context, Model.Header.FunctionDecl function) =>
        context.Types.Shape.IsPointer(function.ReturnType) || function.Parameters.Any(p => context.Types.Shape.IsPointer(p.Type));

    private static IEnumerable<string> HeaderComment(InferenceRequest request, DraftContract draft, int pointerFunctions)
    {
        var withRelease = draft.Handles.Count(h => h.Facts.Any(f => f.Key == Facts.Release));
        var drafted = draft.Functions.Count(f => f.Returns is not null || !f.Params.IsEmpty);
        yield return $"Draft contract for {request.Library}, inferred by `bindingforge init` from {string.Join(", ", request.Headers)}.";
        if (request.Origin is { } origin)
            yield return origin;
        yield return "Every fact below is `status: inferred`: check each against the library's documentation, fix what is wrong,";
        yield return "then mark it `status: reviewed`. `bindingforge check --strict` fails while inferred facts remain.";
        yield return "See docs/reviewing-contracts.md and docs/inference.md.";
        yield return $"Drafted: {draft.Handles.Length} handle(s) ({withRelease} with a release function), facts for {drafted} function(s);";
        yield return $"{draft.Uncovered} of {pointerFunctions} pointer-bearing function(s) have no inferred fact yet (`bindingforge check -v` lists them).";
    }

    /// <summary>The claims every rule made about a header, for tests and for explaining a draft.</summary>
    internal static ImmutableArray<Claim> Claims(InferenceRequest request)
    {
        var context = new InferenceContext(request) { Introspection = IntrospectionLoader.Load(request, new DiagnosticBag(), Environment.GetEnvironmentVariable) };
        var claims = new ClaimBoard();
        foreach (var rule in RuleList.All)
            rule.Apply(context, claims);
        return [.. claims.All];
    }
}
