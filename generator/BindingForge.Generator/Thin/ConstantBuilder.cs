using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Rendering;
using BindingForge.Model;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Thin;

/// <summary>
/// Macro constants as members of the Native class, typed as C typed them: <c>public const int SQLITE_OK = 0;</c>,
/// <c>public static ReadOnlySpan&lt;byte&gt; SQLITE_VERSION =&gt; "3.40.1"u8;</c>,
/// <c>public static delegate* unmanaged[Cdecl]&lt;void*, void&gt; SQLITE_TRANSIENT =&gt; (delegate* unmanaged[Cdecl]&lt;void*, void&gt;)(-1);</c>.
/// </summary>
internal sealed class ConstantBuilder(TypeMapper mapper, ThinReport report)
{
    public ConstantRender? Build(MacroConstant constant, string name)
    {
        var doc = DocComments.For(constant.Doc);
        switch (constant.Value)
        {
            case IntegerConstant integer:
                return Integer(constant, integer, name, doc);
            case FloatConstant f when f.Type == PrimitiveKind.Float:
                return new ConstantRender(doc, false, "float", name, Literals.Float((float)f.Value));
            case FloatConstant f:
                return new ConstantRender(doc, false, "double", name, Literals.Double(f.Value));
            case StringConstant s:
                return new ConstantRender(doc, true, "ReadOnlySpan<byte>", name, Literals.Utf8(s.Utf8));
            case PointerConstant p:
                return Pointer(p, name, doc);
            default:
                report.Skip("constant", constant.Name, "its value has no C# form", DiagnosticIds.UnsupportedType, constant.Location);
                return null;
        }
    }

    /// <summary>A member of an enum with neither tag nor typedef name: a constant of the enum's underlying type.</summary>
    public ConstantRender? Build(EnumMember member, PrimitiveKind underlying, string name, SourceLocation location)
    {
        var value = new IntegerConstant(member.Value, underlying);
        return Integer(new MacroConstant(member.Name, value, location), value, name, DocComments.For(member.Doc));
    }

    private ConstantRender? Integer(MacroConstant constant, IntegerConstant integer, string name, IReadOnlyList<string> doc)
    {
        if (integer.Type == PrimitiveKind.Bool)
            return new ConstantRender(doc, false, "bool", name, integer.Value != 0 ? "true" : "false");
        var type = PrimitiveTypes.Integral(integer.Type) ?? (Literals.Fits(integer.Value, "long") ? "long" : "ulong");
        var value = integer.Value;
        if (integer.Type == PrimitiveKind.Char && value < 0)
            value += 256; // plain char is signed here but bound as byte: keep the bit pattern
        if (!Literals.Fits(value, type))
        {
            report.Skip("constant", constant.Name, $"the value {integer.Value} does not fit {type}", DiagnosticIds.ConstantNotRepresentable, constant.Location);
            return null;
        }

        return new ConstantRender(doc, false, type, name, Literals.Integer(value));
    }

    private ConstantRender Pointer(PointerConstant pointer, string name, IReadOnlyList<string> doc)
    {
        var mapped = mapper.Map(pointer.PointerType, TypePosition.Parameter);
        var value = pointer.Value < 0 ? $"({Literals.Integer(pointer.Value)})" : Literals.Integer(pointer.Value);
        if (!mapped.IsSupported || !mapped.IsPointer)
            return new ConstantRender(doc, true, "nint", name, $"(nint){value}");
        return new ConstantRender(doc, true, mapped.Name, name, $"({mapped.Name}){value}");
    }
}
