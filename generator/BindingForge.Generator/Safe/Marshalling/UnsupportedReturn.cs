using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>The end of the list: a pointer result with no fact that says what it is stays thin-only (BF3501).</summary>
internal sealed class UnsupportedReturn : IReturnStrategy
{
    public bool Applies(ReturnSite site) => true;

    public ReturnMarshalling Plan(ReturnSite site, IPlanSoFar plan) => StrategyFailure.Uncovered(
        $"it returns '{site.Function.Function.Decl.ReturnType.Spelling}' with no fact that says who owns it (`owned`, `borrowed`, `string`, `length`)");
}
