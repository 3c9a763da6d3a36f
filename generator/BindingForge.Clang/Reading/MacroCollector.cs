using BindingForge.Clang.Interop;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Picks the macros worth evaluating: object-like macros defined in the named headers with a body.
/// Function-like macros are listed apart (<see cref="FunctionLike"/>); builtin and empty macros, and include guards,
/// are skipped silently; a body that cannot be
/// an expression (braces, semicolons, unbalanced brackets) is skipped with BF1007. When a macro is defined
/// more than once the last definition counts.
/// </summary>
internal sealed unsafe class MacroCollector(ReadContext context)
{
    private readonly Dictionary<nint, string?> _guards = [];

    /// <summary>The function-like macros seen by <see cref="Collect"/>, the last definition of each name.</summary>
    public List<Model.Header.FunctionMacro> FunctionLike { get; } = [];

    public List<MacroCandidate> Collect(IReadOnlyList<CXCursor> topLevel)
    {
        var candidates = new List<MacroCandidate>();
        foreach (var macro in topLevel.Where(c => c.Kind == CXCursorKind.MacroDefinition))
        {
            if (LibClang.clang_Cursor_isMacroBuiltin(macro) != 0)
                continue;
            if (LibClang.clang_Cursor_isMacroFunctionLike(macro) != 0)
            {
                AddFunctionLike(macro);
                continue;
            }

            var name = macro.Spelling();
            var body = Tokens(macro).Skip(1).ToList();
            if (body.Count == 0 || IsIncludeGuard(macro, name, body))
                continue;
            var location = context.Headers.LocationOf(macro);
            if (!CanBeExpression(body))
            {
                context.Diagnostics.Info(ClangDiagnosticIds.MacroNotConstant,
                    $"Macro '{name}' is not an expression; it is not bound as a constant.", location);
                continue;
            }
            candidates.Add(new MacroCandidate(name, location, context.Docs.ForMacro(macro)));
        }
        return LastDefinitions(candidates);
    }

    private void AddFunctionLike(CXCursor macro)
    {
        var tokens = Tokens(macro);
        var close = tokens.IndexOf(")");
        var parameters = close < 2 ? [] : tokens[2..close].Where(t => t != ",").ToList();
        var name = macro.Spelling();
        FunctionLike.RemoveAll(m => m.Name == name);
        FunctionLike.Add(new Model.Header.FunctionMacro(name, [.. parameters], context.Headers.LocationOf(macro)) { Doc = context.Docs.ForMacro(macro) });
    }

    /// <summary>The last definition of each name, in the order of those last definitions (linear: a header may
    /// define tens of thousands of macros).</summary>
    private static List<MacroCandidate> LastDefinitions(List<MacroCandidate> candidates)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var last = new List<MacroCandidate>(candidates.Count);
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (seen.Add(candidates[i].Name))
                last.Add(candidates[i]);
        }
        last.Reverse();
        return last;
    }

    private List<string> Tokens(CXCursor macro)
    {
        CXToken* tokens;
        uint count;
        LibClang.clang_tokenize(context.Tu.Handle, LibClang.clang_getCursorExtent(macro), &tokens, &count);
        try
        {
            var spelled = new List<string>((int)count);
            for (uint i = 0; i < count; i++)
                spelled.Add(LibClang.clang_getTokenSpelling(context.Tu.Handle, tokens[i]).ToManagedAndDispose());
            return spelled;
        }
        finally
        {
            LibClang.clang_disposeTokens(context.Tu.Handle, tokens, count);
        }
    }

    /// <summary><c>#define FOO_H 1</c> right after <c>#ifndef FOO_H</c> in a header clang saw guarded.</summary>
    private bool IsIncludeGuard(CXCursor macro, string name, List<string> body)
    {
        if (body.Count != 1)
            return false;
        var file = macro.ExpansionLocation().File;
        if (!_guards.TryGetValue(file.Handle, out var guard))
        {
            var guarded = LibClang.clang_isFileMultipleIncludeGuarded(context.Tu.Handle, file) != 0;
            guard = guarded ? IncludeGuards.GuardName(context.Headers.Contents(file)) : null;
            _guards[file.Handle] = guard;
        }
        return guard == name;
    }

    private static bool CanBeExpression(List<string> body)
    {
        var depth = 0;
        foreach (var token in body)
        {
            if (token is "{" or "}" or ";" or "#" or "##")
                return false;
            depth += token is "(" or "[" ? 1 : token is ")" or "]" ? -1 : 0;
            if (depth < 0)
                return false;
        }
        return depth == 0;
    }
}
