using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>A <c>void</c> function: nothing to return (an out value may become the return value).</summary>
internal sealed class VoidReturn : IReturnStrategy
{
    public ReturnMarshalling Plan(ReturnSite site, IPlanSoFar plan) =>
        site.Thin is { Name: "void", IsPointer: false } ? ReturnMarshalling.None : UnsupportedReturn.Failure(site);
}
