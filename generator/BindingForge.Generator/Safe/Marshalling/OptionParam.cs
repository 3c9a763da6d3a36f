using BindingForge.Generator.CSharp;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// The option of a form of a variadic function: its value decides the types of the arguments that follow, so a value
/// of another family would make the library read an argument that is not there. The safe overload refuses it first:
/// <code>
/// if ((int)option is not (1 or 2)) throw new ArgumentOutOfRangeException(nameof(option), option, "...");
/// </code>
/// With <c>enum:</c> the parameter is that enum (<see cref="Classes.OptionEnums"/> declares it), otherwise the C type's.
/// </summary>
internal sealed class OptionParam(ParamShape.Option shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        if (site.Thin is not { IsPointer: false, IsSupported: true })
            return NotSupported.Failure(site);
        var integer = OptionType.Integer(site.Context, site.Param.Decl.Type);
        var type = shape.EnumName ?? Conversions.SafeType(site.Thin);
        var compared = shape.EnumName is null && !site.Thin.IsEnum ? site.Name : $"({integer.Name}){site.Name}";
        var argument = shape.EnumName is null ? Conversions.ToNative(site.Name, site.Thin) : $"({site.Thin.Name}){site.Name}";
        var accepted = string.Join(" or ", shape.Values.Select(v => Conversions.PlainLiteral(v.Value, integer)));
        var names = string.Join(", ", shape.Values.Select(v => v.Symbol ?? v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var message = CSharpNames.StringLiteral($"this overload takes the options {names}; another option's value has other types");
        return ParamMarshalling.Argument(site.Index, argument) with
        {
            Parameters = [new SafeParameter(type, site.Name, site.CName)],
            Checks = [$"if ({compared} is not ({accepted})) throw new ArgumentOutOfRangeException(nameof({site.Name}), {site.Name}, {message});"],
            Throws = [("ArgumentOutOfRangeException", $"<paramref name=\"{site.Name}\"/> is not one of {Docs.Escape(names)}")],
        };
    }
}
