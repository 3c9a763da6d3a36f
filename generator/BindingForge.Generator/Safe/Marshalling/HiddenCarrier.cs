using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// A callback's <c>user_data</c> or <c>destroy</c> parameter: hidden, its argument set by <see cref="Callback"/>
/// (planned first). Nothing to add here; the planner checks that the argument was set.
/// </summary>
internal sealed class HiddenCarrier : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan) =>
        plan.Arguments[site.Index] is null
            ? StrategyFailure.Uncovered($"'{site.CName}' carries a callback's data, but the callback could not be bound")
            : ParamMarshalling.None;
}
