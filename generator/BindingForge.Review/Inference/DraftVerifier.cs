using BindingForge.Contracts;
using BindingForge.Generator.Session;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;
using BindingForge.Review.Inference.Draft;
using BindingForge.Review.Writing;

namespace BindingForge.Review.Inference;

/// <summary>
/// The promise of <c>init</c>: a draft <c>check</c> accepts. The verifier writes the draft, loads and binds it as
/// <c>check</c> would, and drops each fact the binder rejects (reporting BF2300), until the draft binds cleanly. The
/// rules are meant never to propose such a fact; this is the net under them. A draft over the contract size limits
/// is refused as a whole (BF2005): no fact is to blame, and a draft that cannot be loaded helps no one.
/// </summary>
internal static class DraftVerifier
{
    private const int MaxRounds = 8;

    public static (DraftContract Draft, string Yaml) Verify(DraftContract draft, HeaderModel header, Func<DraftContract, IEnumerable<string>> comment, string path, DiagnosticBag diagnostics)
    {
        for (var round = 0; ; round++)
        {
            var (yaml, lines) = DraftWriter.Write(draft, comment(draft));
            var errors = Errors(yaml, header, path);
            if (errors.FirstOrDefault(e => e.Id == ContractDiagnosticIds.TooLarge) is { } tooLarge)
            {
                diagnostics.Error(ContractDiagnosticIds.TooLarge,
                    $"the draft is too large to be loaded as a contract ({tooLarge.Message}): draft the headers in parts, one contract per part, with --include globs",
                    new SourceLocation(path, 1, 1));
                return (draft, yaml);
            }

            if (errors.Count == 0 || round == MaxRounds)
            {
                diagnostics.AddRange(errors);
                return (draft, yaml);
            }

            var before = draft;
            foreach (var error in errors)
            {
                if (lines.At(error.Location.Line) is not { } fact)
                    continue;
                draft = draft.Without(fact);
                diagnostics.Warning(ContractDiagnosticIds.DraftFactDropped,
                    $"left `{fact}` out of the draft: {error.Message}", new SourceLocation(path, error.Location.Line, error.Location.Column));
            }

            if (ReferenceEquals(before, draft) || before == draft)
            {
                diagnostics.AddRange(errors);
                return (draft, yaml);
            }
        }
    }

    private static List<Diagnostic> Errors(string yaml, HeaderModel header, string path)
    {
        var checkedDraft = BindingSession.LoadText(yaml, path).WithHeader(header).Bind();
        return [.. checkedDraft.Diagnostics.Where(d => d.IsError)];
    }
}
