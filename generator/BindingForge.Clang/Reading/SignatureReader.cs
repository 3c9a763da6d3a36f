using System.Collections.Immutable;
using System.Text;
using BindingForge.Clang.Interop;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Gives unprototyped functions the prototypes a contract states (<c>signature:</c>), with a second in-memory parse
/// like the macro evaluator's: the file includes the headers, so the signature's types are the headers' own, and
/// declares each signature under a reserved name, one a line:
/// <code>
/// int bf_signature_0(int count, const char *name);
/// </code>
/// The function keeps its name, symbol, location and doc; its return and parameters become the signature's. A
/// signature for a function the headers do not declare, that has a prototype already, or that does not parse is
/// BF1013 at the contract's line, and the function keeps what the header says.
/// </summary>
internal static class SignatureReader
{
    private const string ReservedPrefix = "bf_signature_";

    public static ImmutableArray<FunctionDecl> Apply(
        ImmutableArray<FunctionDecl> functions, ImmutableArray<SignatureOverride> signatures,
        IReadOnlyList<string> args, IReadOnlyList<string> headerPaths, DiagnosticBag diagnostics)
    {
        var wanted = Wanted(functions, signatures, diagnostics);
        if (wanted.Count == 0)
            return functions;

        var include = ClangArguments.IncludeAll(headerPaths);
        var firstLine = include.Count(c => c == '\n') + 1;
        var source = new StringBuilder(include);
        for (var i = 0; i < wanted.Count; i++)
        {
            var text = wanted[i].Declaration;
            var at = SignatureOverride.NamePosition(text, wanted[i].Function);
            source.Append(text[..at]).Append(ReservedPrefix).Append(i).Append(text[(at + wanted[i].Function.Length)..]).Append(";\n");
        }

        const CXTranslationUnitFlags flags = CXTranslationUnitFlags.KeepGoing | CXTranslationUnitFlags.SkipFunctionBodies | CXTranslationUnitFlags.IncludeAttributedTypes;
        using var tu = TranslationUnit.Parse(ClangArguments.MainFileName, source.ToString(), [.. args, "-ferror-limit=0"], flags, out var error);
        if (tu is null)
        {
            foreach (var signature in wanted)
                diagnostics.Error(ClangDiagnosticIds.SignatureRefused, $"the signature of '{signature.Function}' was not read: libclang could not parse it ({error})", signature.Location);
            return functions;
        }

        var errors = ErrorsByLine(tu);
        var headers = new NamedHeaders(tu, headerPaths);
        var context = new ReadContext(tu, headers, new DiagnosticBag());
        var topLevel = CursorVisitor.Children(tu.Cursor);
        context.Names.Register([.. topLevel.Where(headers.Contains)]);
        var declared = topLevel
            .Where(c => c.Kind == CXCursorKind.FunctionDecl && c.ExpansionLocation().File.Name() == ClangArguments.MainFileName)
            .ToDictionary(c => c.Spelling(), c => c, StringComparer.Ordinal);

        var replaced = new Dictionary<string, FunctionDecl>(StringComparer.Ordinal);
        for (var i = 0; i < wanted.Count; i++)
        {
            var signature = wanted[i];
            if (errors.TryGetValue(firstLine + i, out var message) || !declared.TryGetValue(ReservedPrefix + i, out var cursor))
            {
                var why = message?.Replace(ReservedPrefix + i, signature.Function, StringComparison.Ordinal) ?? "no function declaration";
                diagnostics.Error(ClangDiagnosticIds.SignatureRefused,
                    $"the signature of '{signature.Function}' does not parse as a C prototype over the headers' types: {why}", signature.Location);
                continue;
            }

            var read = FunctionReader.Read(context, cursor);
            if (!read.HasPrototype)
            {
                diagnostics.Error(ClangDiagnosticIds.SignatureRefused,
                    $"the signature of '{signature.Function}' has no prototype either: write `(void)` for no arguments, or the parameters' types", signature.Location);
                continue;
            }

            replaced[signature.Function] = read;
        }

        return [.. functions.Select(f => replaced.TryGetValue(f.Name, out var read) && !f.HasPrototype
            ? f with { ReturnType = read.ReturnType, Parameters = read.Parameters, IsVariadic = read.IsVariadic, HasPrototype = true }
            : f)];
    }

    /// <summary>The signatures that can apply: their function is declared, and declared without a prototype.</summary>
    private static List<SignatureOverride> Wanted(ImmutableArray<FunctionDecl> functions, ImmutableArray<SignatureOverride> signatures, DiagnosticBag diagnostics)
    {
        var byName = functions.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var wanted = new List<SignatureOverride>();
        foreach (var signature in signatures.IsDefault ? [] : signatures)
        {
            if (!byName.TryGetValue(signature.Function, out var function))
                continue; // the contract binder reports a function the headers do not declare (BF2101)
            if (function.HasPrototype)
            {
                diagnostics.Error(ClangDiagnosticIds.SignatureRefused,
                    $"'{signature.Function}' has a prototype in its header ({function.Location}); `signature:` only gives one to a function declared without (`{signature.Function}()`), it never overrides the header", signature.Location);
                continue;
            }

            if (!SignatureOverride.IsPlainPrototype(signature.Declaration, signature.Function))
                continue; // the contract loader refused the text already (BF2018)
            wanted.Add(signature);
        }

        return wanted;
    }

    private static Dictionary<int, string> ErrorsByLine(TranslationUnit tu)
    {
        var errors = new Dictionary<int, string>();
        var count = LibClang.clang_getNumDiagnostics(tu.Handle);
        for (uint i = 0; i < count; i++)
        {
            var diagnostic = LibClang.clang_getDiagnostic(tu.Handle, i);
            try
            {
                if (LibClang.clang_getDiagnosticSeverity(diagnostic) < CXDiagnosticSeverity.Error)
                    continue;
                var (file, line, _, _) = LibClang.clang_getDiagnosticLocation(diagnostic).ExpansionLocation();
                if (file.Name() == ClangArguments.MainFileName)
                    errors.TryAdd(line, LibClang.clang_getDiagnosticSpelling(diagnostic).ToManagedAndDispose());
            }
            finally
            {
                LibClang.clang_disposeDiagnostic(diagnostic);
            }
        }

        return errors;
    }
}
