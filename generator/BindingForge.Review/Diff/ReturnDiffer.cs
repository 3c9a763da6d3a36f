using BindingForge.Contracts.Vocabulary;
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
        log.Compare(a.String is not null, b.String is not null, ReturnKeys.String.Diff!, subject, api, at);
        if (a.String is not null && b.String is not null)
            log.Compare(FactText.Encoding(a.String), FactText.Encoding(b.String), ReturnKeys.Encoding, subject, api, at);
        log.Compare(a.Nullable, b.Nullable, ReturnKeys.Nullable.Diff!, subject, api, at);
        log.Compare(FactText.Error(a.Error), FactText.Error(b.Error), ReturnKeys.Error.Diff!, subject, api, at);
        log.Compare(a.NullIsError, b.NullIsError, ReturnKeys.NullIsError.Diff!, subject, api, at);
        log.Compare(a.NullMayBeError?.Name, b.NullMayBeError?.Name, ReturnKeys.NullMayBeError.Diff!, subject, api, at);
        log.Compare(FactText.Codes(a.NullErrorCodes), FactText.Codes(b.NullErrorCodes), NullErrorKeys.Codes.Diff!, subject, api, at);
        log.Compare(FactText.Codes(a.NullCode is { } x ? [x] : []), FactText.Codes(b.NullCode is { } y ? [y] : []), ReturnKeys.NullCode.Diff!, subject, api, at);
        log.Compare(a.ErrorParentParameter?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            b.ErrorParentParameter?.ToString(System.Globalization.CultureInfo.InvariantCulture), ReturnKeys.ErrorParent.Diff!, subject, api, at);
        log.Compare(FactText.Length(a.Length), FactText.Length(b.Length), ReturnKeys.Length.Diff!, subject, api, at);
        log.Compare(string.Join(",", a.ParentParameters), string.Join(",", b.ParentParameters), ReturnKeys.Parent.Diff!, subject, api, at);
        log.Compare(FactText.Status(a.Provenance.Status), FactText.Status(b.Provenance.Status), MetaKeys.Status.Diff!, subject, api, at);
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
