using System.Text.RegularExpressions;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Shim;

/// <summary>
/// Spells a model type back as a C declaration for the shim's wrappers: <c>const char *name</c>,
/// <c>int (*name)(void *, int)</c>. Every word comes from the model (type names clang read from the headers,
/// checked to be identifiers), never from a contract's text. Null for what cannot be spelled: an anonymous record
/// or enum, or a type the model does not support.
/// </summary>
internal static partial class CDeclarator
{
    public static string? Declare(CType type, string name, HeaderModel model) => Spell(type, name, model);

    /// <summary>True for <c>void</c>, also through typedefs.</summary>
    public static bool IsVoid(CType type, HeaderModel model) => model.Resolve(type) is PrimitiveType { Kind: PrimitiveKind.Void };

    private static string? Spell(CType type, string inner, HeaderModel model)
    {
        var constant = type.IsConst ? "const " : "";
        switch (type)
        {
            case PrimitiveType primitive:
                return Base(constant + Primitive(primitive.Kind), inner);
            case TypedefRef typedef:
                return IsIdentifier(typedef.Name) ? Base(constant + typedef.Name, inner) : null;
            case RecordRef record:
                return Tag(record.Kind == RecordKind.Union ? "union" : "struct", record.Name, model.FindRecord(record.Name) is { IsAnonymous: true } decl ? decl.TypedefName : null, constant, inner);
            case EnumRef e:
                return Tag("enum", e.Name, model.FindEnum(e.Name) is { IsAnonymous: true } anonymous ? anonymous.TypedefName : null, constant, inner);
            case PointerType pointer:
                var star = pointer.IsConst ? (inner.Length == 0 ? "* const" : "* const " + inner) : "*" + inner;
                return Spell(pointer.Pointee, pointer.Pointee is ArrayType or FunctionType ? $"({star})" : star, model);
            case ArrayType array:
                return Spell(array.Element, $"{inner}[{array.Length}]", model);
            case FunctionType function:
                var parameters = function.Parameters.Select(p => Spell(p, "", model)).ToList();
                if (parameters.Any(p => p is null))
                    return null;
                if (function.IsVariadic)
                    parameters.Add("...");
                return Spell(function.ReturnType, $"{inner}({(parameters.Count == 0 ? "void" : string.Join(", ", parameters))})", model);
            default:
                return null;
        }
    }

    /// <summary><c>struct tag</c>, or the typedef name of an anonymous record; null when there is neither.</summary>
    private static string? Tag(string keyword, string name, string? anonymousTypedef, string constant, string inner) =>
        anonymousTypedef is not null ? (IsIdentifier(anonymousTypedef) ? Base(constant + anonymousTypedef, inner) : null)
        : IsIdentifier(name) ? Base($"{constant}{keyword} {name}", inner) : null;

    private static string Base(string type, string inner) => inner.Length == 0 ? type : $"{type} {inner}";

    private static string Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Void => "void",
        PrimitiveKind.Bool => "_Bool",
        PrimitiveKind.Char => "char",
        PrimitiveKind.SChar => "signed char",
        PrimitiveKind.UChar => "unsigned char",
        PrimitiveKind.Short => "short",
        PrimitiveKind.UShort => "unsigned short",
        PrimitiveKind.Int => "int",
        PrimitiveKind.UInt => "unsigned int",
        PrimitiveKind.Long => "long",
        PrimitiveKind.ULong => "unsigned long",
        PrimitiveKind.LongLong => "long long",
        PrimitiveKind.ULongLong => "unsigned long long",
        PrimitiveKind.Int128 => "__int128",
        PrimitiveKind.UInt128 => "unsigned __int128",
        PrimitiveKind.Float => "float",
        PrimitiveKind.Double => "double",
        PrimitiveKind.LongDouble => "long double",
        PrimitiveKind.Float16 => "_Float16",
        PrimitiveKind.WChar => "__WCHAR_TYPE__",
        PrimitiveKind.Char16 => "__CHAR16_TYPE__",
        PrimitiveKind.Char32 => "__CHAR32_TYPE__",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static bool IsIdentifier(string name) => Identifier().IsMatch(name);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
