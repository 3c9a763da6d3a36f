namespace BindingForge.Review.Surface;

/// <summary>
/// Compares two API records item by item and classifies every difference: binary-breaking (layouts, values, C types),
/// source-breaking (names), additive. Probable renames are paired where the shape matches (a function's C signature,
/// a record's layout, an enum's values). Every differing line gives at least one change, so nothing in the record
/// moves unreported. Changes come out most severe first, then in record order.
/// </summary>
public static class SurfaceDiffer
{
    /// <param name="safeMember">The safe method a C function is bound as (null when the contract's safe layer does not bind it).</param>
    public static SurfaceDiff Compare(ApiRecord before, ApiRecord after, Func<string, string?>? safeMember = null)
    {
        var log = new SurfaceLog();
        ValueSurfaceDiffer.Compare(before, after, log);
        CompositeSurfaceDiffer.Compare(before, after, CompositeKind.Enums, log);
        FunctionSurfaceDiffer.Compare(before, after, safeMember ?? (_ => null), log);
        CompositeSurfaceDiffer.Compare(before, after, CompositeKind.Records, log);
        var ordered = log.Items.OrderBy(c => c.Class).ThenBy(c => (c.New ?? c.Old)!.Kind, StringComparer.Ordinal).ThenBy(c => (c.Old ?? c.New)!.Key, StringComparer.Ordinal);
        return new SurfaceDiff([.. ordered], [.. ValueSurfaceDiffer.Versions(before, after)]);
    }
}
