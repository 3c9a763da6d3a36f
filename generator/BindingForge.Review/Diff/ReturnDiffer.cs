using BindingForge.Model.Contracts;

namespace BindingForge.Review.Diff;

/// <summary>
/// Changes to a function's return facts. An owned return that becomes borrowed breaks callers (the safe layer no
/// longer frees or copies it as theirs); one that becomes owned changes behaviour (the safe layer now frees it). A
/// return that may now be null, or that changes its C# type (string, buffer length), breaks callers.
/// </summary>
internal static class ReturnDiffer
{
    public static void Compare(BoundReturn a, BoundReturn b, string function, string? api, ChangeLog log)
    {
        var subject = $"{function} return";
        var at = b.Provenance.Location;
        var (before, after) = (FactText.Ownership(a.Owned, a.Borrowed), FactText.Ownership(b.Owned, b.Borrowed));
        if (before != after)
            log.Add(OwnershipKind(a, b), subject, $"{before} → {after}{OwnershipMeaning(a, b)}", api, at);
        log.Compare(a.String is null, b.String is null, ChangeKind.Breaking, subject, none => none ? "not a string" : "a string", api, at, "the C# return type changes");
        if (a.String is not null && b.String is not null)
            log.Compare(a.String, b.String, ChangeKind.Behaviour, subject, e => $"string: {FactText.Encoding(e)}", api, at, "text is decoded differently");
        log.Compare(a.Nullable, b.Nullable, b.Nullable ? ChangeKind.Breaking : ChangeKind.Behaviour, subject,
            n => n ? "nullable" : "not nullable", api, at, b.Nullable ? "callers must now handle null" : "a null return is no longer expected");
        log.Compare(a.Error, b.Error, ChangeKind.Behaviour, subject, FactText.Error, api, at, "error mapping changes");
        log.Compare(a.NullIsError, b.NullIsError, ChangeKind.Behaviour, subject, n => n ? "null is an error" : "null is not an error", api, at);
        log.Compare(FactText.Length(a.Length), FactText.Length(b.Length), ChangeKind.Breaking, subject, l => l, api, at, "the returned buffer's C# type changes");
        log.Compare(string.Join(",", a.ParentParameters), string.Join(",", b.ParentParameters), ChangeKind.Behaviour, subject, p => p.Length == 0 ? "no parents" : $"keeps parameters {p} alive", api, at);
        log.Compare(a.Provenance.Status, b.Provenance.Status, ChangeKind.Review, subject, s => $"status {FactText.Status(s)}", api, at);
    }

    /// <summary>Losing ownership breaks callers; gaining it, or a different free function, changes behaviour.</summary>
    private static ChangeKind OwnershipKind(BoundReturn a, BoundReturn b) =>
        a.Owned is not null && b.Owned is null ? ChangeKind.Breaking : ChangeKind.Behaviour;

    private static string OwnershipMeaning(BoundReturn a, BoundReturn b) => (a.Owned, b.Owned) switch
    {
        ({ }, null) when b.Borrowed is not null => ": the safe layer no longer frees the value; what callers get now lives only as long as its owner",
        (null, { }) => ": the safe layer now frees the value after use",
        ({ }, { }) => ": a different function frees the value",
        _ => string.Empty,
    };
}
