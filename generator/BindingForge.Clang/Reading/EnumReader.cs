using System.Collections.Immutable;
using BindingForge.Clang.Interop;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Reads an enum: its underlying integer type as clang chose it (<c>unsigned int</c>, <c>int</c> with negative
/// members, <c>unsigned long</c> for <c>0xFFFFFFFFFFFFFFFF</c>, <c>unsigned char</c> when packed) and its members,
/// read signed or unsigned to match, into <see cref="Int128"/>.
/// </summary>
internal static class EnumReader
{
    public static EnumDecl Read(ReadContext context, CXCursor decl)
    {
        var definition = LibClang.clang_getCursorDefinition(decl);
        var source = definition.IsNull() ? decl : definition;
        var name = context.Names.NameOf(source);
        var integer = LibClang.clang_getEnumDeclIntegerType(source).Canonical();
        var underlying = PrimitiveKinds.From(integer.Kind) ?? PrimitiveKind.Int;
        var unsigned = PrimitiveKinds.IsUnsigned(underlying);
        var members = CursorVisitor.Children(source)
            .Where(c => c.Kind == CXCursorKind.EnumConstantDecl)
            .Select(c => new EnumMember(c.Spelling(), Value(c, unsigned)) { Doc = context.Docs.ForDeclaration(c) })
            .ToImmutableArray();
        var location = context.Headers.Contains(source) ? context.Headers.LocationOf(source) : context.Headers.LocationOf(decl);
        return new EnumDecl(name, underlying, members, location)
        {
            IsAnonymous = context.Names.IsTagless(source),
            TypedefName = context.Names.TypedefNameOf(source),
            Doc = context.Docs.ForDeclaration(source),
        };
    }

    private static Int128 Value(CXCursor member, bool unsigned) =>
        unsigned
            ? LibClang.clang_getEnumConstantDeclUnsignedValue(member)
            : LibClang.clang_getEnumConstantDeclValue(member);
}
