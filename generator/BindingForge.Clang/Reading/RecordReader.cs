using System.Collections.Immutable;
using BindingForge.Clang.Interop;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Reads a struct or union with clang's layout: size, alignment, each field's offset in bits, bitfield widths.
/// A record without a definition is opaque (<c>IsComplete</c> false, no layout). Fields come from
/// <c>clang_Type_visitFields</c>, which also yields the unnamed field holding a C11 anonymous member; that
/// field is named after its record's synthesized suffix (<c>anon_0</c> for <c>Parent_anon_0</c>) and marked
/// <see cref="FieldDecl.IsAnonymousMember"/>.
/// </summary>
internal static class RecordReader
{
    public static RecordDecl Read(ReadContext context, CXCursor decl)
    {
        var definition = LibClang.clang_getCursorDefinition(decl);
        var complete = !definition.IsNull();
        var source = complete ? definition : decl;
        var name = context.Names.NameOf(source);
        var kind = source.Kind == CXCursorKind.UnionDecl ? RecordKind.Union : RecordKind.Struct;
        var location = context.Headers.Contains(source) ? context.Headers.LocationOf(source) : context.Headers.LocationOf(decl);
        var record = new RecordDecl(name, kind, complete, location)
        {
            IsAnonymous = context.Names.IsTagless(source),
            TypedefName = context.Names.TypedefNameOf(source),
            Doc = context.Docs.ForDeclaration(source),
        };
        if (!complete)
            return record;
        var type = source.Type();
        var fields = CursorVisitor.Fields(type).Select(f => ReadField(context, name, f)).ToImmutableArray();
        context.ReportUnsupported(name, location);
        return record with
        {
            Size = Math.Max(LibClang.clang_Type_getSizeOf(type), 0),
            Alignment = Math.Max(LibClang.clang_Type_getAlignOf(type), 0),
            Fields = fields,
        };
    }

    /// <summary>The records and enums declared inside a record's definition, in source order.</summary>
    public static IEnumerable<CXCursor> NestedDeclarations(CXCursor decl)
    {
        var definition = LibClang.clang_getCursorDefinition(decl);
        return definition.IsNull()
            ? []
            : CursorVisitor.Children(definition).Where(c => c.IsRecordDecl() || c.Kind == CXCursorKind.EnumDecl);
    }

    private static FieldDecl ReadField(ReadContext context, string recordName, CXCursor field)
    {
        var type = field.Type();
        var typeDecl = type.Declaration();
        var anonymousMember = !typeDecl.IsNull() && LibClang.clang_Cursor_isAnonymousRecordDecl(typeDecl) != 0;
        var name = anonymousMember ? MemberName(recordName, context.Names.NameOf(typeDecl)) : field.Spelling();
        var bitWidth = LibClang.clang_Cursor_isBitField(field) != 0 ? LibClang.clang_getFieldDeclBitWidth(field) : (int?)null;
        return new FieldDecl(name, context.Types.Map(type), LibClang.clang_Cursor_getOffsetOfField(field))
        {
            BitWidth = bitWidth,
            IsAnonymousMember = anonymousMember,
            Doc = context.Docs.ForDeclaration(anonymousMember ? typeDecl : field),
        };
    }

    private static string MemberName(string recordName, string memberRecordName) =>
        memberRecordName.StartsWith(recordName + "_", StringComparison.Ordinal)
            ? memberRecordName[(recordName.Length + 1)..]
            : memberRecordName;
}
