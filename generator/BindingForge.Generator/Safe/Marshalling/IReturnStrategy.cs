using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>One way of turning a C return value into the safe method's result (or an exception): the one
/// <see cref="ReturnMarshallers"/> gives for the return's shape.</summary>
internal interface IReturnStrategy
{
    /// <summary>The method's result, failure and return, given the planned parameters; a failure keeps the function thin-only.</summary>
    ReturnMarshalling Plan(ReturnSite site, IPlanSoFar plan);
}
