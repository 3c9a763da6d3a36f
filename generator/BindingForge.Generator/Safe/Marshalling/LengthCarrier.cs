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
internal sealed class LengthCarrier(ParamShape.LengthCarrier shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        var function = site.Function;
        var served = shape.Counted.Where(i => i >= 0).Select(i => function.Function.Parameters[i]).ToList();
        var sources = served.Select(p => LengthSources.Of(function, p)).ToList();
        if (sources.Any(s => s is null))
            return StrategyFailure.Uncovered($"the length parameter '{site.CName}' counts something the safe style cannot measure");
        var checks = new ParamMarshalling
        {
            Checks = [.. Enumerable.Range(1, Math.Max(0, sources.Count - 1)).Select(i =>
                $"if ({sources[i]} != {sources[0]}) throw new ArgumentException(\"{function.Name(served[i].Index)} and {function.Name(served[0].Index)} must have the same length.\", nameof({function.Name(served[i].Index)}));")],
        };

        if (Conversions.PointeeName(site.Thin) is { } pointee)
            return checks + PointerCarrier(site, pointee, served, sources);
        if (!Conversions.IsInteger(site.Thin) || sources.Count == 0)
            return StrategyFailure.Uncovered($"the length parameter '{site.CName}' is '{site.Thin.Name}', not an integer");
        return checks + ParamMarshalling.Argument(site.Index, Conversions.FromInt(sources[0]!, site.Thin));
    }

    private ParamMarshalling PointerCarrier(ParamSite site, string pointee, List<BoundParam> served, List<string?> sources)
    {
        var pointeeType = site.Context.Thin.Map(site.Context.Thin.Pointee(site.Param.Decl.Type)!, TypePosition.Pointee);
        if (!Conversions.IsInteger(pointeeType))
            return StrategyFailure.Uncovered($"the length parameter '{site.CName}' points to '{pointee}', not an integer");
        var local = site.Local();
        var initial = sources.Count > 0 ? Conversions.FromInt(sources[0]!, pointeeType) : "default";
        var count = Conversions.ToInt(local, pointeeType);
        var carrier = ParamMarshalling.Argument(site.Index, "&" + local) with { Marshal = [$"{pointee} {local} = {initial};"] };
        if (shape.Counted.Contains(-1))
            return carrier with { ReturnLength = count };

        var suffix = served.Any(p => p.Array is ArrayDirection.Out or ArrayDirection.InOut) ? "Written" : "Consumed";
        var name = SafeNames.Parameter(SafeNames.Bare(site.Function.Name(served[0].Index)) + suffix);
        return carrier with { Parameters = [new SafeParameter("int", name, site.CName) { OutExpression = count }] };
    }
}
