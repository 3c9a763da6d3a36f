using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>One way of turning a C return value into the safe method's result (or an exception).</summary>
internal interface IReturnStrategy
{
    bool Applies(ReturnSite site);

    /// <summary>Sets the plan's result, failure and return; a failure keeps the function thin-only.</summary>
    StrategyFailure? Contribute(ReturnSite site, CallPlanBuilder plan);
}
