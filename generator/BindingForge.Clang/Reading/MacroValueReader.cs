using BindingForge.Clang.Interop;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Turns the evaluation variables of one macro into a constant. <c>bf_v_N</c> (<c>__auto_type bf_v_N = MACRO;</c>)
/// gives the natural C type and, for numbers and string literals, the value. Pointer-typed macros such as
/// <c>SQLITE_STATIC</c> evaluate to nothing libclang can return, so their value comes from
/// <c>bf_p_N</c> (<c>long long bf_p_N = (long long)(MACRO);</c>) and their type from the initializer as written.
/// </summary>
internal static class MacroValueReader
{
    public static ConstantValue? Read(ReadContext context, CXCursor? value, CXCursor? asInteger)
    {
        if (value is not { } variable || LibClang.clang_isInvalidDeclaration(variable) != 0)
            return null;
        var type = variable.Type().Canonical();
        if (type.Kind == CXTypeKind.Pointer)
            return StringOrPointer(context, variable, type, asInteger);
        if (type.Kind == CXTypeKind.Enum)
            return Integer(variable, LibClang.clang_getEnumDeclIntegerType(type.Declaration()).Canonical().Kind);
        return type.Kind is CXTypeKind.Float or CXTypeKind.Double or CXTypeKind.LongDouble
            ? Float(variable, type.Kind)
            : Integer(variable, type.Kind);
    }

    private static IntegerConstant? Integer(CXCursor variable, CXTypeKind kind)
    {
        if (PrimitiveKinds.From(kind) is not { } primitive || primitive is PrimitiveKind.Void)
            return null;
        return EvaluatedValue.Of(variable) is { Kind: CXEvalResultKind.Int } value ? new IntegerConstant(value.Integer, primitive) : null;
    }

    private static FloatConstant? Float(CXCursor variable, CXTypeKind kind) =>
        EvaluatedValue.Of(variable) is { Kind: CXEvalResultKind.Float } value && PrimitiveKinds.From(kind) is { } primitive
            ? new FloatConstant(value.Float, primitive)
            : null;

    private static ConstantValue? StringOrPointer(ReadContext context, CXCursor variable, CXType type, CXCursor? asInteger)
    {
        var pointee = LibClang.clang_getPointeeType(type).Canonical().Kind;
        if (pointee is CXTypeKind.Char_S or CXTypeKind.Char_U or CXTypeKind.SChar or CXTypeKind.UChar
            && EvaluatedValue.Of(variable) is { Kind: CXEvalResultKind.StrLiteral } text)
        {
            return new StringConstant(text.Bytes);
        }
        if (asInteger is not { } integer || LibClang.clang_isInvalidDeclaration(integer) != 0)
            return null;
        if (EvaluatedValue.Of(integer) is not { Kind: CXEvalResultKind.Int } value)
            return null;
        var written = Initializer(variable) is { } init ? init.Type() : variable.Type();
        return new PointerConstant(value.Integer, context.Types.Map(written));
    }

    /// <summary>The initializer expression of a variable (its last expression child).</summary>
    private static CXCursor? Initializer(CXCursor variable)
    {
        var expressions = CursorVisitor.Children(variable).Where(c => (int)c.Kind is >= 100 and < 200).ToList();
        return expressions.Count > 0 ? expressions[^1] : null;
    }
}
