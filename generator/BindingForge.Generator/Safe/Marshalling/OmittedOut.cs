using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>optional: true</c> on an out parameter: the callee accepts NULL there, so the safe method passes it and the
/// parameter disappears from the signature (nothing to allocate, copy or free):
/// <code>
/// int __result = Sqlite3Native.sqlite3_prepare_v2(..., &amp;__ppStmtPtr, null);
/// </code>
/// </summary>
internal sealed class OmittedOut : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan) => site.Thin.IsPointer
        ? ParamMarshalling.Argument(site.Index, "null")
        : StrategyFailure.Uncovered($"the optional out parameter '{site.CName}' is '{site.Thin.Name}', not a pointer");
}
