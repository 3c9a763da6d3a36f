using BindingForge.Generator.CSharp;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// The name of the slot a handle keeps a setter's argument or callback in (<c>kept_by</c>, <c>scope: handle</c>): the
/// C function and parameter, so the next call of the same setter replaces what the last one stored, as a C literal.
/// <code>
/// holder.KeepArgument("bfl_holder_set_list.list", list);
/// </code>
/// </summary>
internal static class LifetimeSlots
{
    public static string Of(ParamSite site) => Of(site.Function.Function.CName, site.CName);

    public static string Of(string function, string parameter) => CSharpNames.StringLiteral($"{function}.{parameter}");
}
