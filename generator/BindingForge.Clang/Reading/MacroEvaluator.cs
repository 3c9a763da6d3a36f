using System.Collections.Immutable;
using System.Text;
using BindingForge.Clang.Interop;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Evaluates macros with a second parse. libclang cannot evaluate a macro, but it can evaluate a variable,
/// so an in-memory file includes the headers and declares, per macro N:
/// <code>
/// __auto_type bf_v_N = MACRO;
/// long long bf_p_N = (long long)(MACRO);
/// </code>
/// Macros that are no expression make errors there; <c>-ferror-limit=0</c> and KeepGoing let the rest
/// through, and those errors are expected, so they are not reported. A macro whose variable does not
/// evaluate is reported as BF1007 (info) and left out.
/// </summary>
internal static class MacroEvaluator
{
    public static ImmutableArray<MacroConstant> Evaluate(
        IReadOnlyList<string> args, IReadOnlyList<string> headerPaths, IReadOnlyList<MacroCandidate> candidates, DiagnosticBag diagnostics)
    {
        if (candidates.Count == 0)
            return [];
        var source = new StringBuilder(ClangArguments.IncludeAll(headerPaths));
        for (var i = 0; i < candidates.Count; i++)
            source.Append($"__auto_type bf_v_{i} = {candidates[i].Name};\nlong long bf_p_{i} = (long long)({candidates[i].Name});\n");
        string[] evalArgs = [.. args, "-ferror-limit=0", "-Wno-everything"];
        const CXTranslationUnitFlags flags = CXTranslationUnitFlags.KeepGoing | CXTranslationUnitFlags.SkipFunctionBodies;
        using var tu = TranslationUnit.Parse(ClangArguments.MainFileName, source.ToString(), evalArgs, flags, out var error);
        if (tu is null)
        {
            diagnostics.Info(ClangDiagnosticIds.MacroNotConstant, $"Macros were not evaluated: libclang could not parse them ({error}).");
            return [];
        }
        var headers = new NamedHeaders(tu, headerPaths);
        var context = new ReadContext(tu, headers, new DiagnosticBag());
        var topLevel = CursorVisitor.Children(tu.Cursor);
        context.Names.Register([.. topLevel.Where(headers.Contains)]);
        var variables = topLevel
            .Where(c => c.Kind == CXCursorKind.VarDecl && c.ExpansionLocation().File.Name() == ClangArguments.MainFileName)
            .ToDictionary(c => c.Spelling(), c => c, StringComparer.Ordinal);
        var constants = ImmutableArray.CreateBuilder<MacroConstant>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var value = MacroValueReader.Read(context, Lookup(variables, $"bf_v_{i}"), Lookup(variables, $"bf_p_{i}"), out var refusal);
            if (refusal is not null)
            {
                diagnostics.Warning(ClangDiagnosticIds.StringMacroWithNul, $"The string macro '{candidate.Name}' {refusal}.", candidate.Location);
                continue;
            }

            if (value is null)
            {
                diagnostics.Info(ClangDiagnosticIds.MacroNotConstant,
                    $"Macro '{candidate.Name}' does not evaluate to a constant; it is not bound.", candidate.Location);
                continue;
            }
            constants.Add(new MacroConstant(candidate.Name, value, candidate.Location) { Doc = candidate.Doc });
        }
        return constants.ToImmutable();
    }

    private static CXCursor? Lookup(Dictionary<string, CXCursor> variables, string name) =>
        variables.TryGetValue(name, out var cursor) ? cursor : null;
}
