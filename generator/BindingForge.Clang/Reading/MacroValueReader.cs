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
    /// <summary>The macro's constant, or null; <paramref name="refusal"/> says why when the value exists but cannot be
    /// bound faithfully (a string literal with an embedded NUL).</summary>
    public static ConstantValue? Read(ReadContext context, CXCursor? value, CXCursor? asInteger, out string? refusal)
    {
        refusal = null;
        if (value is not { } variable || LibClang.clang_isInvalidDeclaration(variable) != 0)
            return null;
        var type = variable.Type().Canonical();
        if (type.Kind == CXTypeKind.Pointer)
            return StringOrPointer(context, variable, type, asInteger, out refusal);
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

    private static ConstantValue? StringOrPointer(ReadContext context, CXCursor variable, CXType type, CXCursor? asInteger, out string? refusal)
    {
        refusal = null;
        var pointee = LibClang.clang_getPointeeType(type).Canonical().Kind;
        if (pointee is CXTypeKind.Char_S or CXTypeKind.Char_U or CXTypeKind.SChar or CXTypeKind.UChar
            && EvaluatedValue.Of(variable) is { Kind: CXEvalResultKind.StrLiteral } text)
        {
            // libclang hands the value back as a C string: a literal with a NUL inside would arrive cut at it.
            if (LiteralLength(variable) is not { } length || length == text.Bytes.Length)
                return new StringConstant(text.Bytes);
            refusal = $"holds a NUL character inside its {length} characters; libclang returns it cut at the NUL, so it is not bound";
            return null;
        }
        if (asInteger is not { } integer || LibClang.clang_isInvalidDeclaration(integer) != 0)
            return null;
        if (EvaluatedValue.Of(integer) is not { Kind: CXEvalResultKind.Int } value)
            return null;
        var written = Initializer(variable) is { } init ? init.Type() : variable.Type();
        return new PointerConstant(value.Integer, context.Types.Map(written));
    }

    /// <summary>The number of characters (without the terminator) of the one string literal in a variable's initializer,
    /// from the literal's array type; null when the initializer holds no single literal.</summary>
    private static long? LiteralLength(CXCursor variable)
    {
        var literals = new List<CXCursor>();
        var pending = new Stack<CXCursor>(CursorVisitor.Children(variable));
        while (pending.TryPop(out var cursor))
        {
            if (cursor.Kind == CXCursorKind.StringLiteral)
                literals.Add(cursor);
            else
                CursorVisitor.Children(cursor).ForEach(pending.Push);
        }

        return literals.Count == 1 && literals[0].Type().Canonical() is { Kind: CXTypeKind.ConstantArray } array
            ? LibClang.clang_getArraySize(array) - 1
            : null;
    }

    /// <summary>The initializer expression of a variable (its last expression child).</summary>
    private static CXCursor? Initializer(CXCursor variable)
    {
        var expressions = CursorVisitor.Children(variable).Where(c => (int)c.Kind is >= 100 and < 200).ToList();
        return expressions.Count > 0 ? expressions[^1] : null;
    }
}
