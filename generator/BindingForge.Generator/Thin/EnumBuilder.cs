using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Rendering;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Thin;

/// <summary>
/// A C# enum for each named C enum, with clang's underlying type (so negative and 64-bit values keep their meaning):
/// <code>
/// public enum color : uint
/// {
///     COLOR_RED = 0,
/// }
/// </code>
/// </summary>
internal static class EnumBuilder
{
    public static EnumRender Build(EnumDecl e, string name)
    {
        var underlying = PrimitiveTypes.Integral(e.UnderlyingType) ?? "int";
        var used = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<EnumMemberRender>();
        foreach (var member in e.Members)
        {
            var memberName = CSharpNames.Identifier(member.Name);
            while (!used.Add(CSharpNames.Unescaped(memberName)))
                memberName = CSharpNames.Unescaped(memberName) + "_";
            members.Add(new EnumMemberRender(DocComments.For(member.Doc), memberName, Value(member.Value, underlying)));
        }

        return new EnumRender(DocComments.For(e.Doc), name, underlying, members);
    }

    /// <summary>The literal; a value outside the type (clang never gives one, but the model could) keeps its bits.</summary>
    private static string Value(Int128 value, string type) =>
        Literals.Fits(value, type) ? Literals.Integer(value) : $"unchecked(({type}){Literals.Integer(value)})";
}
