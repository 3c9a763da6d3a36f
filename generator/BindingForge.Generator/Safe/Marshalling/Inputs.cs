using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// A parameter of a reference type (<c>string</c>, a delegate): <c>T?</c> and optional when the contract says
/// <c>nullable</c>, otherwise <c>T</c> with null rejected before anything is acquired:
/// <code>
/// ArgumentNullException.ThrowIfNull(text);
/// </code>
/// </summary>
internal static class Inputs
{
    public static ParamMarshalling Reference(ParamSite site, string type, bool nullable)
    {
        var parameter = new ParamMarshalling { Parameters = [new SafeParameter(nullable ? type + "?" : type, site.Name, site.CName) { CanDefaultToNull = nullable }] };
        return nullable ? parameter : parameter + ParamMarshalling.RejectsNull(site.Name);
    }
}
