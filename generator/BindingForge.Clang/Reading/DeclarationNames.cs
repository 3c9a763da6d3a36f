using System.Text;
using System.Text.RegularExpressions;
using BindingForge.Clang.Interop;

namespace BindingForge.Clang.Reading;

/// <summary>
/// The model names of records and enums. A tagged declaration keeps its tag. A tagless one takes the first
/// typedef that names it directly (<c>typedef struct {...} T;</c> is record <c>T</c>), else a synthesized name:
/// <c>Parent_anon_N</c> inside a record (N counts the parent's tagless members from 0), or
/// <c>anon_struct_N</c>/<c>anon_union_N</c>/<c>anon_enum_N</c> at file scope. Tagless declarations are keyed by
/// cursor identity; they have exactly one declaration, so the cursor found through a type is the one visited.
/// </summary>
internal sealed unsafe partial class DeclarationNames(NamedHeaders headers)
{
    private readonly Dictionary<CXCursor, string> _taglessNames = new(CursorComparer.Instance);
    private readonly Dictionary<CXCursor, string> _taglessTypedefs = new(CursorComparer.Instance);
    private readonly Dictionary<string, string> _tagTypedefs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _anonymousByLocation = new(StringComparer.Ordinal);
    private readonly HashSet<CXCursor> _namedScopes = new(CursorComparer.Instance);
    private int _fileScopeCounter;

    /// <summary>Names everything reachable from the top-level declarations of the named headers, in source order.</summary>
    public void Register(IReadOnlyList<CXCursor> topLevel)
    {
        foreach (var typedef in topLevel.Where(c => c.Kind == CXCursorKind.TypedefDecl))
            RegisterTypedef(typedef);
        foreach (var decl in topLevel.Where(IsTagDecl))
        {
            if (IsTagless(decl) && !_taglessNames.ContainsKey(decl))
                Assign(decl, _taglessTypedefs.GetValueOrDefault(decl) ?? SynthesizeFileScope(decl));
            NameNested(decl);
        }
    }

    /// <summary>The model name of a record or enum declaration, wherever it is declared.</summary>
    public string NameOf(CXCursor decl)
    {
        if (!IsTagless(decl))
            return decl.Spelling();
        if (_taglessNames.TryGetValue(decl, out var name))
            return name;
        // A tagless type from a header that was not named (its typedef gives clang a usable spelling).
        var spelling = decl.Spelling();
        return Assign(decl, spelling.Contains('(') ? SynthesizeFileScope(decl) : spelling);
    }

    /// <summary>The first typedef that names this record or enum directly, if any.</summary>
    public string? TypedefNameOf(CXCursor decl) =>
        IsTagless(decl) ? _taglessTypedefs.GetValueOrDefault(decl) : _tagTypedefs.GetValueOrDefault(decl.Spelling());

    /// <summary>
    /// True when the declaration has no tag. clang 19 spells a tagless record that a typedef names with the
    /// typedef's name, so the test looks at the source: the declaration's location holds the keyword itself.
    /// </summary>
    public bool IsTagless(CXCursor decl)
    {
        if (LibClang.clang_Cursor_isAnonymous(decl) != 0)
            return true;
        return IdentifierAt(decl) is "struct" or "union" or "enum";
    }

    /// <summary>Replaces clang's <c>(unnamed struct at /path:3:5)</c> in a type spelling with the model name.</summary>
    public string RewriteAnonymous(string spelling) =>
        spelling.Contains('(') && (spelling.Contains("(anonymous") || spelling.Contains("(unnamed"))
            ? AnonymousSpelling().Replace(spelling, m => _anonymousByLocation.GetValueOrDefault(m.Groups[1].Value, "(anonymous)"))
            : spelling;

    private void RegisterTypedef(CXCursor typedef)
    {
        var underlying = LibClang.clang_getTypedefDeclUnderlyingType(typedef);
        if (underlying.IsConst())
            return;
        if (underlying.Kind == CXTypeKind.Elaborated)
            underlying = LibClang.clang_Type_getNamedType(underlying);
        if (underlying.Kind is not (CXTypeKind.Record or CXTypeKind.Enum) || underlying.IsConst())
            return;
        var decl = underlying.Declaration();
        var name = typedef.Spelling();
        if (IsTagless(decl))
            _taglessTypedefs.TryAdd(decl, name);
        else
            _tagTypedefs.TryAdd(decl.Spelling(), name);
    }

    private void NameNested(CXCursor decl)
    {
        var definition = LibClang.clang_getCursorDefinition(decl);
        if (definition.IsNull() || !definition.IsRecordDecl() || !_namedScopes.Add(definition))
            return;
        var parentName = NameOf(definition);
        var counter = 0;
        foreach (var child in CursorVisitor.Children(definition).Where(IsTagDecl))
        {
            if (IsTagless(child) && !_taglessNames.ContainsKey(child))
                Assign(child, $"{parentName}_anon_{counter++}");
            NameNested(child);
        }
    }

    private string SynthesizeFileScope(CXCursor decl)
    {
        var kind = decl.Kind switch
        {
            CXCursorKind.UnionDecl => "union",
            CXCursorKind.EnumDecl => "enum",
            _ => "struct",
        };
        return $"anon_{kind}_{_fileScopeCounter++}";
    }

    private string Assign(CXCursor decl, string name)
    {
        _taglessNames[decl] = name;
        CXString file;
        uint line, column;
        LibClang.clang_getPresumedLocation(LibClang.clang_getCursorLocation(decl), &file, &line, &column);
        _anonymousByLocation.TryAdd($"{file.ToManagedAndDispose()}:{line}:{column}", name);
        return name;
    }

    private string? IdentifierAt(CXCursor decl)
    {
        CXFile file;
        uint line, column, offset;
        LibClang.clang_getSpellingLocation(LibClang.clang_getCursorLocation(decl), &file, &line, &column, &offset);
        var text = headers.Contents(file);
        if ((int)offset >= text.Length)
            return null;
        var end = (int)offset;
        while (end < text.Length && (char.IsAsciiLetterOrDigit((char)text[end]) || text[end] == '_'))
            end++;
        return Encoding.ASCII.GetString(text[(int)offset..end]);
    }

    private static bool IsTagDecl(CXCursor cursor) => cursor.IsRecordDecl() || cursor.Kind == CXCursorKind.EnumDecl;

    [GeneratedRegex(@"(?:[A-Za-z_]\w*::)*\((?:anonymous|unnamed)(?: (?:struct|union|enum))? at (.+?:\d+:\d+)\)")]
    private static partial Regex AnonymousSpelling();
}
