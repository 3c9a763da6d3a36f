namespace BindingForge.Review.Surface;

/// <summary>
/// Compares two API records item by item and classifies every difference: binary-breaking (layouts, values, C types),
/// source-breaking (names), additive. Probable renames are paired where the shape matches (a function's C signature,
/// a record's layout, an enum's values). Every differing line gives at least one change, so nothing in the record
/// moves unreported. Changes come out most severe first, then in record order.
/// </summary>
public static class SurfaceDiffer
{
    /// <param name="safe">The safe layer's names, so each change names the safe member it moves too.</param>
    public static SurfaceDiff Compare(ApiRecord before, ApiRecord after, SafeMembers? safe = null)
    {
        safe ??= SafeMembers.None;
        var log = new SurfaceLog();
        ValueSurfaceDiffer.Compare(before, after, log);
        CompositeSurfaceDiffer.Compare(before, after, CompositeKind.Enums, SafeMembers.None, log);
        FunctionSurfaceDiffer.Compare(before, after, safe.Function, log);
        CompositeSurfaceDiffer.Compare(before, after, CompositeKind.Records, safe, log);
        var ordered = log.Items.OrderBy(c => c.Class).ThenBy(c => (c.New ?? c.Old)!.Kind, StringComparer.Ordinal).ThenBy(c => (c.Old ?? c.New)!.Key, StringComparer.Ordinal);
        return new SurfaceDiff([.. ordered], [.. ValueSurfaceDiffer.Versions(before, after)]);
    }
}
