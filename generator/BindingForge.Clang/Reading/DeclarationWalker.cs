using System.Collections.Immutable;
using BindingForge.Clang.Interop;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Walks the top-level declarations of the named headers in source order and builds the model. A name is
/// read once (a function's symbol, so that each overload of an overloadable function is read; the first declaration wins its place; a record or enum is read from its definition wherever
/// that is). Records and enums declared inside a record follow their parent.
/// </summary>
internal sealed class DeclarationWalker(ReadContext context)
{
    private readonly List<FunctionDecl> _functions = [];
    private readonly List<RecordDecl> _records = [];
    private readonly List<EnumDecl> _enums = [];
    private readonly List<TypedefDecl> _typedefs = [];
    private readonly List<GlobalDecl> _globals = [];
    private readonly Dictionary<string, Model.SourceLocation> _bodiless = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public HeaderModel Walk(IReadOnlyList<CXCursor> topLevel, ImmutableArray<MacroConstant> constants, ImmutableArray<FunctionMacro> functionMacros)
    {
        foreach (var cursor in topLevel)
        {
            switch (cursor.Kind)
            {
                case CXCursorKind.FunctionDecl:
                    ReadFunction(cursor);
                    break;
                case CXCursorKind.StructDecl or CXCursorKind.UnionDecl:
                    ReadRecord(cursor);
                    break;
                case CXCursorKind.EnumDecl:
                    ReadEnum(cursor);
                    break;
                case CXCursorKind.TypedefDecl:
                    ReadTypedef(cursor);
                    break;
                case CXCursorKind.VarDecl:
                    ReadGlobal(cursor);
                    break;
            }
        }
        AddRecordsDeclaredOnlyInUse();
        foreach (var (name, location) in _bodiless)
        {
            context.Diagnostics.Info(ClangDiagnosticIds.DeclarationSkipped,
                $"Function '{name}' is static and the header does not define it: neither the library nor a shim can call it.", location);
        }

        var functionNames = _functions.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return new HeaderModel([.. _functions], [.. WithTypedefDocs(_records)], [.. WithTypedefDocs(_enums)], [.. _typedefs], constants)
        {
            Globals = [.. _globals],
            // A macro named like a function the headers declare (curl's `#define curl_easy_setopt(h, o, p)
            // curl_easy_setopt(h, o, p)`, kept for compile-time type checks) is that function: it is bound as one.
            FunctionMacros = [.. functionMacros.Where(m => !functionNames.Contains(m.Name))],
        };
    }

    /// <summary>
    /// A record first named inside a prototype or a field (<c>void f(struct tag *p);</c>) is declared there,
    /// in a named header, yet is no top-level cursor. Reading a record can name more, hence the index loop.
    /// </summary>
    private void AddRecordsDeclaredOnlyInUse()
    {
        var referenced = context.Types.ReferencedRecords;
        for (var i = 0; i < referenced.Count; i++)
        {
            if (context.Headers.Contains(referenced[i]))
                ReadRecord(referenced[i]);
        }
    }

    private void ReadFunction(CXCursor cursor)
    {
        var name = cursor.Spelling();
        // A static function the header defines (static inline) has no symbol in the library; the shim gives it one.
        var headerOnly = LibClang.clang_Cursor_getStorageClass(cursor) == CXStorageClass.Static;
        if (headerOnly && !IsDefinedAnywhere(cursor))
        {
            // A later declaration may hold the body (bodies are skipped, so clang cannot say): reported at the end.
            _bodiless.TryAdd(name, context.Headers.LocationOf(cursor));
            return;
        }

        _bodiless.Remove(name);

        // Keyed by symbol: overloadable functions share a name, and each overload is read once.
        if (_seen.Add("function " + FunctionReader.SymbolOf(cursor)))
            _functions.Add(FunctionReader.Read(context, cursor) with { IsHeaderOnly = headerOnly });
    }

    /// <summary>An exported variable; a <c>static</c> one (not exported) or a thread-local one (no one address) is
    /// reported and left out.</summary>
    private void ReadGlobal(CXCursor cursor)
    {
        var name = cursor.Spelling();
        var location = context.Headers.LocationOf(cursor);
        if (LibClang.clang_Cursor_getStorageClass(cursor) == CXStorageClass.Static)
        {
            context.Diagnostics.Info(ClangDiagnosticIds.DeclarationSkipped, $"Variable '{name}' is static: a library does not export it.", location);
            return;
        }

        if (LibClang.clang_getCursorTLSKind(cursor) != 0)
        {
            context.Diagnostics.Warning(ClangDiagnosticIds.DeclarationSkipped,
                $"Variable '{name}' is thread-local: each thread has its own, and the exported symbol is no address of it; it is not bound.", location);
            return;
        }

        if (!_seen.Add("variable " + name))
            return;
        var type = context.Types.Map(cursor.Type());
        context.ReportUnsupported(name, location);
        _globals.Add(new GlobalDecl(name, type, location) { Doc = context.Docs.ForDeclaration(cursor) });
    }

    /// <summary>The function has a body in this declaration or in another one clang links it to.</summary>
    private bool IsDefinedAnywhere(CXCursor cursor)
    {
        var definition = LibClang.clang_getCursorDefinition(cursor);
        return FunctionBodies.HasBody(context.Tu, cursor) || (!definition.IsNull() && FunctionBodies.HasBody(context.Tu, definition));
    }

    private void ReadRecord(CXCursor cursor)
    {
        if (!_seen.Add("tag " + context.Names.NameOf(Definition(cursor))))
            return;
        _records.Add(RecordReader.Read(context, cursor));
        foreach (var nested in RecordReader.NestedDeclarations(cursor))
        {
            if (nested.Kind == CXCursorKind.EnumDecl)
                ReadEnum(nested);
            else
                ReadRecord(nested);
        }
    }

    private void ReadEnum(CXCursor cursor)
    {
        if (_seen.Add("tag " + context.Names.NameOf(Definition(cursor))))
            _enums.Add(EnumReader.Read(context, cursor));
    }

    private void ReadTypedef(CXCursor cursor)
    {
        var name = cursor.Spelling();
        if (!_seen.Add("typedef " + name))
            return;
        var location = context.Headers.LocationOf(cursor);
        var underlying = context.Types.Map(LibClang.clang_getTypedefDeclUnderlyingType(cursor));
        context.ReportUnsupported(name, location);
        _typedefs.Add(new TypedefDecl(name, underlying, location) { Doc = context.Docs.ForDeclaration(cursor) });
    }

    private static CXCursor Definition(CXCursor cursor)
    {
        var definition = LibClang.clang_getCursorDefinition(cursor);
        return definition.IsNull() ? cursor : definition;
    }

    /// <summary>
    /// A comment above <c>typedef struct {...} T;</c> is attached to the typedef; when the record or enum
    /// has no comment of its own, it takes its typedef's.
    /// </summary>
    private IEnumerable<T> WithTypedefDocs<T>(IEnumerable<T> declarations) where T : Declaration
    {
        var typedefDocs = _typedefs.Where(t => t.Doc is not null).ToDictionary(t => t.Name, t => t.Doc);
        return declarations.Select(d =>
        {
            var typedefName = d switch
            {
                RecordDecl r => r.TypedefName,
                EnumDecl e => e.TypedefName,
                _ => null,
            };
            return d.Doc is null && typedefName is not null && typedefDocs.TryGetValue(typedefName, out var doc)
                ? (T)((Declaration)d with { Doc = doc })
                : d;
        });
    }
}
