using System.Collections.Immutable;
using System.Text;
using BindingForge.Model;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Tests;

/// <summary>
/// A small hand-built header model standing in for test.h, shaped like the real libraries' headers:
/// <code>
/// typedef struct db db;  typedef struct stmt stmt;  typedef struct backup backup;  typedef struct blob *blob_t;
/// typedef struct zs_s { const unsigned char *next_in; unsigned avail_in; unsigned char *next_out;
///                       unsigned avail_out; const char *msg; int level; } zs;  typedef zs *zsp;
/// #define OK 0 / ROW 100 / DONE 101 / VERSION "1.0" / TRANSIENT ((destructor)-1)
/// enum color { RED, GREEN };
/// </code>
/// and the functions listed in <see cref="Functions"/>.
/// </summary>
internal static class TestHeader
{
    public static CType Int => Prim(PrimitiveKind.Int, "int");
    public static CType UInt => Prim(PrimitiveKind.UInt, "unsigned int");
    public static CType ULong => Prim(PrimitiveKind.ULong, "unsigned long");
    public static CType Double => Prim(PrimitiveKind.Double, "double");
    public static CType Void => Prim(PrimitiveKind.Void, "void");
    public static CType Char => Prim(PrimitiveKind.Char, "char");
    public static CType UChar => Prim(PrimitiveKind.UChar, "unsigned char");

    public static CType Prim(PrimitiveKind kind, string spelling) => new PrimitiveType(kind) { Spelling = spelling };

    public static CType Const(CType type) => type with { IsConst = true, Spelling = "const " + type.Spelling };

    public static CType Ptr(CType pointee) => new PointerType(pointee) { Spelling = pointee.Spelling + " *" };

    public static CType Named(string name) => new TypedefRef(name) { Spelling = name };

    public static CType Callback(CType returns, params CType[] parameters) =>
        Ptr(new FunctionType(returns, [.. parameters], false, CallingConvention.Cdecl) { Spelling = $"{returns.Spelling} ({string.Join(", ", parameters.Select(p => p.Spelling))})" });

    public static ParameterDecl P(string name, CType type) => new(name, type);

    private static readonly SourceLocation Here = new("test.h", 1, 1);

    public static FunctionDecl F(string name, CType returns, params ParameterDecl[] parameters) =>
        new(name, returns, [.. parameters], false, CallingConvention.Cdecl, Here);

    public static ImmutableArray<FunctionDecl> Functions =>
    [
        F("db_open", Int, P("path", Ptr(Const(Char))), P("out", Ptr(Ptr(Named("db"))))),
        F("db_close", Int, P("d", Ptr(Named("db")))),
        F("db_close_many", Int, P("d", Ptr(Named("db"))), P("force", Int)),
        F("db_prepare", Int, P("d", Ptr(Named("db"))), P("sql", Ptr(Const(Char))), P("n", Int), P("out", Ptr(Ptr(Named("stmt")))), P("tail", Ptr(Ptr(Const(Char))))),
        F("db_errmsg", Ptr(Const(Char)), P("d", Ptr(Named("db")))),
        F("err_str", Ptr(Const(Char)), P("rc", Int)),
        F("db_errcode", Int, P("d", Ptr(Named("db")))),
        F("db_mutex", Ptr(Void), P("d", Ptr(Named("db")))),
        F("mutex_enter", Void, P("m", Ptr(Void))),
        F("mutex_leave", Void, P("m", Ptr(Void))),
        F("db_free", Void, P("p", Ptr(Void))),
        F("db_changes", Int, P("d", Ptr(Named("db")))),
        F("db_version", Int),
        F("db_exec", Int, P("d", Ptr(Named("db"))), P("sql", Ptr(Const(Char))),
            P("cb", Callback(Int, Ptr(Void), Int, Ptr(Ptr(Char)), Ptr(Ptr(Char)))), P("arg", Ptr(Void)), P("errmsg", Ptr(Ptr(Char)))),
        F("db_hook", Int, P("d", Ptr(Named("db"))), P("cb", Callback(Void, Ptr(Void))), P("arg", Ptr(Void)), P("destroy", Callback(Void, Ptr(Void)))),
        F("db_bad_hook", Int, P("d", Ptr(Named("db"))), P("cb", Callback(Void, Int)), P("arg", Ptr(Void))),
        F("stmt_finalize", Int, P("s", Ptr(Named("stmt")))),
        F("stmt_step", Int, P("s", Ptr(Named("stmt")))),
        F("stmt_reset", Int, P("s", Ptr(Named("stmt")))),
        F("stmt_text", Ptr(Const(UChar)), P("s", Ptr(Named("stmt"))), P("col", Int)),
        F("stmt_blob", Ptr(Const(Void)), P("s", Ptr(Named("stmt"))), P("col", Int)),
        F("stmt_bytes", Int, P("s", Ptr(Named("stmt"))), P("col", Int)),
        F("stmt_double", Double, P("s", Ptr(Named("stmt"))), P("col", Int)),
        F("stmt_bind_blob", Int, P("s", Ptr(Named("stmt"))), P("i", Int), P("data", Ptr(Const(Void))), P("n", Int), P("dtor", Callback(Void, Ptr(Void)))),
        F("stmt_expand", Ptr(Char), P("s", Ptr(Named("stmt")))),
        F("backup_init", Ptr(Named("backup")), P("dst", Ptr(Named("db"))), P("src", Ptr(Named("db")))),
        F("backup_finish", Int, P("b", Ptr(Named("backup")))),
        F("blob_open", Int, P("d", Ptr(Named("db"))), P("out", Ptr(Named("blob_t")))),
        F("blob_close", Int, P("b", Named("blob_t"))),
        F("compress", Int, P("dest", Ptr(UChar)), P("destLen", Ptr(ULong)), P("source", Ptr(Const(UChar))), P("sourceLen", ULong)),
        F("zs_init", Int, P("strm", Named("zsp")), P("level", Int), P("version", Ptr(Const(Char))), P("size", Int)),
        F("zs_inflate_init", Int, P("strm", Named("zsp")), P("version", Ptr(Const(Char))), P("size", Int)),
        F("zs_end", Int, P("strm", Named("zsp"))),
        F("zs_inflate_end", Int, P("strm", Named("zsp"))),
        F("zs_run", Int, P("strm", Named("zsp")), P("flush", Int)),
        F("buf_hash", ULong, P("buf", Ptr(Const(UChar))), P("len", Named("size_t"))),
        F("color_name", Ptr(Const(Char)), P("c", new EnumRef("color") { Spelling = "enum color" })),
    ];

    public static HeaderModel Model { get; } = Build();

    private static HeaderModel Build()
    {
        static RecordDecl Opaque(string name) => new(name, RecordKind.Struct, false, Here);
        static FieldDecl Field(string name, CType type, long offsetBytes) => new(name, type, offsetBytes * 8);
        var zs = new RecordDecl("zs_s", RecordKind.Struct, true, Here)
        {
            Size = 48,
            Alignment = 8,
            TypedefName = "zs",
            Fields =
            [
                Field("next_in", Ptr(Const(UChar)), 0), Field("avail_in", UInt, 8), Field("next_out", Ptr(UChar), 16),
                Field("avail_out", UInt, 24), Field("msg", Ptr(Const(Char)), 32), Field("level", Int, 40),
            ],
        };
        static TypedefDecl Typedef(string name, CType type) => new(name, type, Here);
        static CType Rec(string name) => new RecordRef(name, RecordKind.Struct) { Spelling = "struct " + name };
        static MacroConstant Macro(string name, long value) => new(name, new IntegerConstant(value, PrimitiveKind.Int), Here);
        return new HeaderModel(
            Functions,
            [Opaque("db"), Opaque("stmt"), Opaque("backup"), Opaque("blob"), zs],
            [new EnumDecl("color", PrimitiveKind.UInt, [new EnumMember("RED", 0), new EnumMember("GREEN", 1)], Here)],
            [
                Typedef("db", Rec("db")), Typedef("stmt", Rec("stmt")), Typedef("backup", Rec("backup")),
                Typedef("blob_t", Ptr(Rec("blob"))), Typedef("db_int64", Prim(PrimitiveKind.LongLong, "long long")), Typedef("zs", Rec("zs_s")), Typedef("zsp", Ptr(Named("zs"))),
            ],
            [
                Macro("OK", 0), Macro("ROW", 100), Macro("DONE", 101), Macro("NOMEM", 7),
                new MacroConstant("VERSION", new StringConstant([.. Encoding.UTF8.GetBytes("1.0")]), Here),
                new MacroConstant("TRANSIENT", new PointerConstant(-1, Ptr(Void)), Here),
            ]);
    }
}
