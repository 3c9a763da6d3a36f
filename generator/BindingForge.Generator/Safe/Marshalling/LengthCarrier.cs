using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// A hidden length parameter (<c>length: n</c> on an array or string). Planned before the arrays it counts, it is
/// computed from their spans, which must agree when several share it. A pointer to an integer carries the capacity
/// in and the count out (zlib's <c>uLongf *destLen</c>); that count is handed back:
/// <code>
/// CULong __destLen = new CULong((nuint)(dest.Length));
/// ZlibNative.compress(__dest, &amp;__destLen, __source, new CULong((nuint)(source.Length)));
/// ... return checked((int)__destLen.Value);
/// </code>
/// A pointer that carries the length of the returned buffer out is read after the call.
/// </summary>
internal sealed class LengthCarrier : IParamStrategy
{
    public StrategyFailure? Contribute(ParamSite site, CallPlanBuilder plan)
    {
        var function = site.Function;
        var served = site.Param.LengthOf.Where(i => i >= 0).Select(i => function.Function.Parameters[i]).ToList();
        var sources = served.Select(p => LengthSources.Of(function, p)).ToList();
        if (sources.Any(s => s is null))
            return StrategyFailure.Uncovered($"the length parameter '{site.CName}' counts something the safe style cannot measure");
        for (var i = 1; i < sources.Count; i++)
        {
            plan.Checks.Add($"if ({sources[i]} != {sources[0]}) throw new ArgumentException(\"{function.Name(served[i].Index)} and {function.Name(served[0].Index)} must have the same length.\", nameof({function.Name(served[i].Index)}));");
        }

        if (Conversions.PointeeName(site.Thin) is { } pointee)
            return PointerCarrier(site, plan, pointee, served, sources);
        if (!Conversions.IsInteger(site.Thin) || sources.Count == 0)
            return StrategyFailure.Uncovered($"the length parameter '{site.CName}' is '{site.Thin.Name}', not an integer");
        plan.Arguments[site.Index] = Conversions.FromInt(sources[0]!, site.Thin);
        return null;
    }

    private static StrategyFailure? PointerCarrier(ParamSite site, CallPlanBuilder plan, string pointee, List<BoundParam> served, List<string?> sources)
    {
        var pointeeType = site.Context.Thin.Map(site.Context.Thin.Pointee(site.Param.Decl.Type)!, TypePosition.Pointee);
        if (!Conversions.IsInteger(pointeeType))
            return StrategyFailure.Uncovered($"the length parameter '{site.CName}' points to '{pointee}', not an integer");
        var local = site.Local();
        var initial = sources.Count > 0 ? Conversions.FromInt(sources[0]!, pointeeType) : "default";
        plan.Marshal.Add($"{pointee} {local} = {initial};");
        plan.Arguments[site.Index] = "&" + local;
        var count = Conversions.ToInt(local, pointeeType);
        if (site.Param.LengthOf.Contains(-1))
        {
            plan.ReturnLength = count;
            return null;
        }

        var suffix = served.Any(p => p.Array is ArrayDirection.Out or ArrayDirection.InOut) ? "Written" : "Consumed";
        var name = SafeNames.Parameter(SafeNames.Bare(site.Function.Name(served[0].Index)) + suffix);
        plan.Parameters.Add(new SafeParameter("int", name, site.CName) { OutExpression = count });
        return null;
    }
}
