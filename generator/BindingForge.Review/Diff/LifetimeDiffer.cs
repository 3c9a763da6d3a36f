using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;
using BindingForge.Model.Contracts;

namespace BindingForge.Review.Diff;

/// <summary>
/// Changes to a function's lifetime relations, by parameter name: which handle keeps an argument alive, whether an
/// argument is consumed only on success, which handle the call resets, which one the returned handle duplicates, which
/// one the result updates in place. Each changes how long the safe layer keeps something alive or when it ends it, so
/// each is a behaviour change, except <c>updates</c>, which also changes the method's signature (the rows' wording says).
/// </summary>
internal static class LifetimeDiffer
{
    public static void Compare(BoundFunction a, BoundFunction b, string subject, string? api, SourceLocation at, ChangeLog log)
    {
        var returns = $"{subject} return";
        var where = b.Return.Provenance.Location;
        log.Compare(Name(a, a.Return.DuplicateOfParameter), Name(b, b.Return.DuplicateOfParameter), ReturnKeys.DuplicateOf.Diff!, returns, api, where);
        log.Compare(Name(a, a.Return.UpdatesParameter), Name(b, b.Return.UpdatesParameter), ReturnKeys.Updates.Diff!, returns, api, where);
        log.Compare(Name(a, a.ResetsParameter), Name(b, b.ResetsParameter), FunctionKeys.Resets.Diff!, subject, api, at);
        if (a.Parameters.Length != b.Parameters.Length)
            return;
        for (var i = 0; i < a.Parameters.Length; i++)
        {
            var (pa, pb) = (a.Parameters[i], b.Parameters[i]);
            var param = $"{subject} parameter `{pb.Decl.Name}`";
            log.Compare(Name(a, pa.KeptByParameter), Name(b, pb.KeptByParameter), ParamKeys.KeptBy.Diff!, param, api, pb.Provenance.Location);
            if (pa.Consumed && pb.Consumed)
                log.Compare(pa.ConsumedOnSuccess, pb.ConsumedOnSuccess, ParamKeys.ConsumedWhen, param, api, pb.Provenance.Location);
        }
    }

    private static string? Name(BoundFunction function, int? index) => index is { } i ? function.Decl.Parameters[i].Name : null;
}
