using System.Text;

namespace BindingForge.Review.Diff;

/// <summary>
/// Writes contract diffs as Markdown for a pull-request comment: a count line, then the errors of either version (they
/// make the comparison incomplete), then one section per kind, most severe first, one bullet per change with the safe
/// API member and the contract line, then the changes of the bound C surface (<see cref="MarkdownSurfaceWriter"/>);
/// review-only changes folded.
/// <code>
/// ## BindingForge contract diff
/// ### `contracts/sqlite3.yaml` (`HEAD` → working tree)
/// **1 breaking** · 0 behaviour · 0 additive · 0 review-only
/// #### Breaking
/// - **`sqlite3_expanded_sql` return** (`Statement.ExpandedSql`): owned (freed with `sqlite3_free`) → borrowed: ... (line 171)
/// </code>
/// </summary>
public static class MarkdownDiffWriter
{
    private static readonly ChangeKind[] Listed = [ChangeKind.Error, ChangeKind.Breaking, ChangeKind.Behaviour, ChangeKind.Additive];

    public static string Write(IReadOnlyList<ContractDiff> diffs)
    {
        var text = new StringBuilder("## BindingForge contract diff\n\n");
        if (diffs.Count == 0)
            text.Append("No contract changed.\n");
        foreach (var diff in diffs)
            Write(diff, text);
        return text.ToString();
    }

    private static void Write(ContractDiff diff, StringBuilder text)
    {
        text.Append($"### `{diff.Path}` (`{diff.OldLabel}` → `{diff.NewLabel}`)\n\n");
        var errors = diff.Count(ChangeKind.Error);
        var counts = new[] { ChangeKind.Breaking, ChangeKind.Behaviour, ChangeKind.Additive }
            .Select(k => (Kind: k, Count: diff.Count(k)))
            .Select(c => c.Count > 0 && c.Kind == ChangeKind.Breaking ? $"**{c.Count} breaking**" : $"{c.Count} {Title(c.Kind).ToLowerInvariant()}");
        text.Append(errors > 0 ? $"**{errors} error(s): the comparison is incomplete** · " : string.Empty)
            .Append(string.Join(" · ", counts)).Append($" · {diff.Count(ChangeKind.Review)} review-only\n\n");
        MarkdownSurfaceWriter.Counts(diff, text);
        if (diff.Changes.IsEmpty && diff.Surface is not { Changes.IsEmpty: false })
            text.Append("No semantic change.\n\n");
        foreach (var kind in Listed)
            MarkdownSection.Write(text, Title(kind), [.. diff.Changes.Where(c => c.Kind == kind)], Bullet);

        MarkdownSurfaceWriter.Sections(diff, text);
        var review = diff.Changes.Where(c => c.Kind == ChangeKind.Review).ToList();
        if (review.Count > 0)
        {
            text.Append($"<details><summary>Review-only changes ({review.Count}): provenance, or facts of functions the safe layer does not bind</summary>\n\n");
            foreach (var change in review)
                text.Append(Bullet(change)).Append('\n');
            text.Append("\n</details>\n\n");
        }
    }

    private static string Bullet(ContractChange change)
    {
        var api = change.SafeApi is null ? string.Empty : $" (`{change.SafeApi}`)";
        var line = change.Location.Line > 0 ? $" (line {change.Location.Line})" : string.Empty;
        return $"- **{change.Subject}**{api}: {change.Description}{line}";
    }

    private static string Title(ChangeKind kind) => kind switch
    {
        ChangeKind.Error => "Errors",
        ChangeKind.Breaking => "Breaking",
        ChangeKind.Behaviour => "Behaviour",
        ChangeKind.Additive => "Additive",
        _ => "Review-only",
    };
}
