using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>string: bytes</c>: raw text bytes in, as <c>ReadOnlySpan&lt;byte&gt;</c>. With a length parameter the span is
/// pinned as it is; without one a <c>Utf8Buffer</c> adds the NUL terminator (a span that already ends in 0 is passed
/// through). A span cannot be null, so a <c>nullable</c> bytes parameter is always passed a value.
/// </summary>
internal sealed class BytesIn(ParamShape.BytesIn shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        if (site.Thin.Name is not ("byte*" or "sbyte*" or "void*"))
            return StrategyFailure.Uncovered($"the bytes parameter '{site.CName}' is '{site.Thin.Name}', not a character pointer");
        if (shape.Length is ParameterLength)
            return StringIn.PinnedSpan(site);
        return StringIn.Buffered(site) with { Parameters = [new SafeParameter("ReadOnlySpan<byte>", site.Name, site.CName)] };
    }
}
