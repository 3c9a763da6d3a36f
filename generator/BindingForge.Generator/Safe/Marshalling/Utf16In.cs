using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>string: utf16</c>: a .NET string is already NUL-terminated UTF-16, so it is pinned and passed without a copy.
/// <code>
/// fixed (char* __text = text) ... FixtureNative.bf_utf16_length((ushort*)__text);
/// </code>
/// </summary>
internal sealed class Utf16In : IParamStrategy
{
    public StrategyFailure? Contribute(ParamSite site, CallPlanBuilder plan)
    {
        if (site.Thin.Name is not ("ushort*" or "char*" or "short*" or "void*"))
            return StrategyFailure.Uncovered($"the UTF-16 parameter '{site.CName}' is '{site.Thin.Name}', not a 16-bit character pointer");
        var nullable = site.Param.Nullable;
        plan.Parameters.Add(new SafeParameter(nullable ? "string?" : "string", site.Name, site.CName) { CanDefaultToNull = nullable });
        if (!nullable)
        {
            plan.Checks.Add($"ArgumentNullException.ThrowIfNull({site.Name});");
            plan.Throws.Add(("ArgumentNullException", $"<paramref name=\"{SafeNames.Bare(site.Name)}\"/> is null."));
        }

        var local = site.Local();
        plan.Pins.Add($"fixed (char* {local} = {site.Name})");
        plan.Arguments[site.Index] = Conversions.Cast(local, "char*", site.Thin.Name);
        return null;
    }
}
