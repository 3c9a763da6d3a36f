using BindingForge.Generator.Mapping;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// The integer an option is compared as: the thin type itself, or for a C enum (<c>CURLoption</c>) its underlying
/// integer type, which is also the underlying type of the option enum declared for it.
/// </summary>
internal static class OptionType
{
    public static MappedType Integer(SafeContext context, CType type)
    {
        var thin = context.Thin.Map(type);
        if (!thin.IsEnum || context.Thin.Resolve(type) is not EnumRef e || context.Thin.Model.FindEnum(e.Name) is not { } decl)
            return thin;
        return context.Thin.Map(new PrimitiveType(decl.UnderlyingType) { Spelling = decl.UnderlyingType.ToString() });
    }
}
