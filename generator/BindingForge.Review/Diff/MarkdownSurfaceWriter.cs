using System.Text;
using BindingForge.Review.Surface;

namespace BindingForge.Review.Diff;

/// <summary>
/// The bound-C-surface part of a diff report: where each side's surface came from and a count line under the
/// contract's, then one section per class with the C# members each change moves and the API record line.
/// <code>
/// C surface (old: headers read at `HEAD~1`; new: headers in the working tree): **3 binary-breaking** · 1 source-breaking · 2 additive
/// #### C surface: binary-breaking
/// - **enum `bf_kind` enumerator `BF_KIND_CHILD`** (`bf_kind.BF_KIND_CHILD`): is renumbered: 2 → 3 (...) (fixture.api.txt line 14)
/// </code>
/// </summary>
internal static class MarkdownSurfaceWriter
{
    private static readonly SurfaceClass[] Classes = [SurfaceClass.BinaryBreaking, SurfaceClass.SourceBreaking, SurfaceClass.Additive];

    public static void Counts(ContractDiff diff, StringBuilder text)
    {
        var sources = $"old: {diff.OldSurfaceSource ?? "unknown"}; new: {diff.NewSurfaceSource ?? "unknown"}";
        if (diff.Surface is not { } surface)
        {
            text.Append($"C surface ({sources}): not compared, one side's surface is unknown.\n\n");
            return;
        }

        var counts = Classes.Select(k => (Kind: k, Count: surface.Count(k)))
            .Select(c => c.Count > 0 && c.Kind != SurfaceClass.Additive ? $"**{c.Count} {Words(c.Kind)}**" : $"{c.Count} {Words(c.Kind)}");
        text.Append($"C surface ({sources}): ").Append(string.Join(" · ", counts)).Append('\n');
        if (!surface.Versions.IsEmpty)
            text.Append($"Header versions: {string.Join(", ", surface.Versions)}\n");
        text.Append('\n');
    }

    public static void Sections(ContractDiff diff, StringBuilder text)
    {
        if (diff.Surface is not { } surface)
            return;
        foreach (var kind in Classes)
            MarkdownSection.Write(text, $"C surface: {Words(kind)}", [.. surface.Changes.Where(c => c.Class == kind)], Bullet);
    }

    private static string Bullet(SurfaceChange change)
    {
        var members = change.Member is null ? string.Empty : $" ({string.Join(", ", change.Member.Split(", ").Select(m => $"`{m}`"))})";
        var line = (change.New ?? change.Old) is { Line: > 0 } item ? $" (API record line {item.Line}{(change.New is null ? ", old" : string.Empty)})" : string.Empty;
        return $"- **{change.Subject}**{members}: {change.Description}{line}";
    }

    private static string Words(SurfaceClass kind) => ApiRecordCheck.Words(kind);
}
