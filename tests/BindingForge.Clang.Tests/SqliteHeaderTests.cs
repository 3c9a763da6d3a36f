using BindingForge.Clang.Tests.Support;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests;

public sealed class SqliteHeaderTests(SqliteFixture sqlite) : IClassFixture<SqliteFixture>
{
    [Fact]
    public void Parses_without_errors_or_warnings()
    {
        Assert.DoesNotContain(sqlite.Result.Diagnostics, d => d.Severity != Model.Diagnostics.DiagnosticSeverity.Info);
    }

    [Fact]
    public void Reads_at_least_270_functions_all_from_sqlite3_h_in_source_order()
    {
        var functions = sqlite.Model.Functions;
        Assert.True(functions.Length >= 270, $"only {functions.Length} functions");
        Assert.All(functions, f => Assert.Equal("/usr/include/sqlite3.h", f.Location.File));
        Assert.Equal(functions.Select(f => f.Location.Line).Order(), functions.Select(f => f.Location.Line));
        Assert.Equal(functions.Length, functions.Select(f => f.Name).Distinct().Count());
    }

    [Fact]
    public void Sqlite3_open_v2_has_its_parameters()
    {
        var open = sqlite.Function("sqlite3_open_v2");
        Assert.Equal(["filename", "ppDb", "flags", "zVfs"], open.Parameters.Select(p => p.Name));
        Assert.Equal(PrimitiveKind.Int, Assert.IsType<PrimitiveType>(open.ReturnType).Kind);
        var filename = Assert.IsType<PointerType>(open.Parameters[0].Type);
        Assert.True(Assert.IsType<PrimitiveType>(filename.Pointee).IsConst);
        var ppDb = Assert.IsType<PointerType>(Assert.IsType<PointerType>(open.Parameters[1].Type).Pointee);
        Assert.Equal("sqlite3", Assert.IsType<TypedefRef>(ppDb.Pointee).Name);
        Assert.False(open.IsVariadic);
        Assert.Equal(CallingConvention.Cdecl, open.CallingConvention);
    }

    [Fact]
    public void Sqlite3_is_an_opaque_struct_named_by_a_typedef()
    {
        var record = sqlite.Record("sqlite3");
        Assert.False(record.IsComplete);
        Assert.Equal(0, record.Size);
        Assert.Equal("sqlite3", record.TypedefName);
        var typedef = Assert.IsType<RecordRef>(sqlite.Typedef("sqlite3").Underlying);
        Assert.Equal(("sqlite3", RecordKind.Struct), (typedef.Name, typedef.Kind));
        var close = sqlite.Function("sqlite3_close");
        Assert.Equal("sqlite3", Assert.IsType<TypedefRef>(Assert.IsType<PointerType>(close.Parameters[0].Type).Pointee).Name);
        Assert.True(close.Parameters[0].IsNameSynthesized);
        Assert.Equal("arg0", close.Parameters[0].Name);
    }

    [Fact]
    public void Evaluates_at_least_450_constants()
    {
        Assert.True(sqlite.Model.Constants.Length >= 450, $"only {sqlite.Model.Constants.Length} constants");
        Assert.Equal(sqlite.Model.Constants.Length, sqlite.Model.Constants.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Sqlite_ok_is_int_zero_and_error_codes_carry_their_trailing_comment()
    {
        Assert.Equal(new IntegerConstant(0, PrimitiveKind.Int), sqlite.Constant("SQLITE_OK").Value);
        var error = sqlite.Constant("SQLITE_ERROR");
        Assert.Equal(new IntegerConstant(1, PrimitiveKind.Int), error.Value);
        Assert.Equal("Generic error", error.Doc?.Summary);
        Assert.Equal(new IntegerConstant(266, PrimitiveKind.Int), sqlite.Constant("SQLITE_IOERR_READ").Value);
    }

    [Fact]
    public void Sqlite_static_and_transient_are_pointer_constants_of_the_destructor_type()
    {
        var isStatic = Assert.IsType<PointerConstant>(sqlite.Constant("SQLITE_STATIC").Value);
        Assert.Equal(0, isStatic.Value);
        Assert.Equal("sqlite3_destructor_type", Assert.IsType<TypedefRef>(isStatic.PointerType).Name);
        Assert.Equal(-1, Assert.IsType<PointerConstant>(sqlite.Constant("SQLITE_TRANSIENT").Value).Value);
    }

    [Fact]
    public void Version_is_a_string_constant()
    {
        var version = Assert.IsType<StringConstant>(sqlite.Constant("SQLITE_VERSION").Value);
        Assert.Matches(@"^3\.\d+\.\d+$", System.Text.Encoding.UTF8.GetString(version.Utf8.AsSpan()));
    }

    [Fact]
    public void Variadic_and_va_list_functions_are_marked()
    {
        Assert.True(sqlite.Function("sqlite3_config").IsVariadic);
        Assert.True(sqlite.Function("sqlite3_mprintf").IsVariadic);
        var vmprintf = sqlite.Function("sqlite3_vmprintf");
        Assert.IsType<UnsupportedType>(vmprintf.Parameters[1].Type);
        Assert.Contains(sqlite.Result.Diagnostics, d => d.Id == ClangDiagnosticIds.UnsupportedType && d.Message.StartsWith("sqlite3_vmprintf", StringComparison.Ordinal));
    }

    [Fact]
    public void Struct_layouts_and_callbacks_are_read()
    {
        var vfs = sqlite.Record("sqlite3_vfs");
        Assert.True(vfs.IsComplete);
        Assert.Equal(168, vfs.Size);
        var xOpen = vfs.Fields.Single(f => f.Name == "xOpen");
        var function = Assert.IsType<FunctionType>(Assert.IsType<PointerType>(xOpen.Type).Pointee);
        Assert.Equal(5, function.Parameters.Length);
        Assert.Equal(["sqlite3_index_constraint", "sqlite3_index_orderby", "sqlite3_index_constraint_usage"],
            sqlite.Model.Records.SkipWhile(r => r.Name != "sqlite3_index_info").Skip(1).Take(3).Select(r => r.Name));
    }

    [Fact]
    public void Sqlite_typedef_chains_stay_typedef_refs()
    {
        Assert.Equal("sqlite_int64", Assert.IsType<TypedefRef>(sqlite.Typedef("sqlite3_int64").Underlying).Name);
        Assert.Equal(PrimitiveKind.LongLong, Assert.IsType<PrimitiveType>(sqlite.Typedef("sqlite_int64").Underlying).Kind);
    }

    [Fact]
    public void Documentation_is_attached_to_functions()
    {
        var doc = sqlite.Function("sqlite3_close").Doc;
        Assert.NotNull(doc);
        Assert.StartsWith("CAPI3REF: Closing A Database Connection", doc.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("**", doc.Text, StringComparison.Ordinal);
    }
}
