using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;
using BindingForge.Model.Contracts;

namespace BindingForge.Review.Diff;

/// <summary>
/// Changes to a function's pool facts, by parameter name: which pool a result or out handle is allocated from, which
/// pool an argument moves to, which pool the call clears. Each changes when the safe layer ends an object's life,
/// so each is a behaviour change (the rows' wording says how).
/// </summary>
internal static class PoolDiffer
{
    public static void Compare(BoundFunction a, BoundFunction b, string subject, string? api, SourceLocation at, ChangeLog log)
    {
        log.Compare(Name(a, a.Return.FromPoolParameter), Name(b, b.Return.FromPoolParameter), ReturnKeys.FromPool.Diff!, $"{subject} return", api, b.Return.Provenance.Location);
        log.Compare(Name(a, a.ClearsParameter), Name(b, b.ClearsParameter), FunctionKeys.Clears.Diff!, subject, api, at);
        if (a.Parameters.Length != b.Parameters.Length)
            return;
        for (var i = 0; i < a.Parameters.Length; i++)
        {
            var (pa, pb) = (a.Parameters[i], b.Parameters[i]);
            var param = $"{subject} parameter `{pb.Decl.Name}`";
            log.Compare(Name(a, pa.FromPoolParameter), Name(b, pb.FromPoolParameter), ParamKeys.FromPool.Diff!, param, api, pb.Provenance.Location);
            log.Compare(Name(a, pa.MovesToParameter), Name(b, pb.MovesToParameter), ParamKeys.MovesTo.Diff!, param, api, pb.Provenance.Location);
        }
    }

    private static string? Name(BoundFunction function, int? index) => index is { } i ? function.Decl.Parameters[i].Name : null;
}
