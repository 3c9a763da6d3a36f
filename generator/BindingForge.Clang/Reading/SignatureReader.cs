using System.Collections.Immutable;
using System.Text;
using BindingForge.Clang.Interop;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>
/// Reads the prototypes a contract states, with a second in-memory parse like the macro evaluator's: the file
/// includes the headers, so the signature's types are the headers' own, and declares each signature under a reserved
/// name, one a line:
/// <code>
/// int bf_signature_0(int count, const char *name);
/// </code>
/// A prototype applies to one of three things:
/// <list type="bullet">
/// <item>an unprototyped function (<c>signature:</c>): it keeps its name, symbol, location and doc; its return and
/// parameters become the signature's;</item>
/// <item>a function-like macro (<c>signature:</c>): it becomes a function of the model that the C shim defines, with
/// as many parameters as the macro;</item>
/// <item>a variadic function (<c>forms:</c>): each form becomes a function of the same name and fixed arity that the
/// C shim defines, listed right after the variadic one; its leading parameters must be the variadic function's.</item>
/// </list>
/// A prototype that applies to none of them, or does not parse, is BF1013 at the contract's line.
/// </summary>
internal static class SignatureReader
{
    private const string ReservedPrefix = "bf_signature_";

    public static (ImmutableArray<FunctionDecl> Functions, ImmutableArray<FunctionMacro> Macros) Apply(
        HeaderModel model, ImmutableArray<SignatureOverride> signatures,
        IReadOnlyList<string> args, IReadOnlyList<string> headerPaths, DiagnosticBag diagnostics)
    {
        var wanted = Wanted(model, signatures, diagnostics);
        if (wanted.Count == 0)
            return (model.Functions, model.FunctionMacros);

        var read = Parse(wanted, args, headerPaths, diagnostics);
        var replaced = new Dictionary<string, FunctionDecl>(StringComparer.Ordinal);
        var forms = new Dictionary<string, List<FunctionDecl>>(StringComparer.Ordinal);
        var macros = new Dictionary<string, FunctionDecl>(StringComparer.Ordinal);
        foreach (var (signature, decl) in wanted.Zip(read))
        {
            if (decl is null)
                continue;
            if (signature.Form is { } form)
            {
                var variadic = model.FindFunction(signature.Function)!;
                if (Form(variadic, decl, form, signature, diagnostics) is { } bound)
                    (forms.TryGetValue(variadic.Name, out var list) ? list : forms[variadic.Name] = []).Add(bound);
            }
            else if (model.FindFunction(signature.Function) is { } function)
            {
                replaced[function.Name] = function with { ReturnType = decl.ReturnType, Parameters = decl.Parameters, IsVariadic = decl.IsVariadic, HasPrototype = true };
            }
            else if (Macro(model.FunctionMacros.First(m => m.Name == signature.Function), decl, signature, diagnostics) is { } wrapper)
            {
                macros[signature.Function] = wrapper;
            }
        }

        var functions = ImmutableArray.CreateBuilder<FunctionDecl>();
        foreach (var function in model.Functions)
        {
            functions.Add(replaced.TryGetValue(function.Name, out var with) && !function.HasPrototype ? with : function);
            if (function.IsVariadic && forms.Remove(function.Name, out var list))
                functions.AddRange(list);
        }

        functions.AddRange(model.FunctionMacros.Where(m => macros.ContainsKey(m.Name)).Select(m => macros[m.Name]));
        return (functions.ToImmutable(), [.. model.FunctionMacros.Where(m => !macros.ContainsKey(m.Name))]);
    }

    /// <summary>One function per signature, in order; null where it did not parse (reported).</summary>
    private static List<FunctionDecl?> Parse(List<SignatureOverride> wanted, IReadOnlyList<string> args, IReadOnlyList<string> headerPaths, DiagnosticBag diagnostics)
    {
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
        // A function-like macro of the same name as the signature would expand inside it; the reserved name cannot.
        using var tu = TranslationUnit.Parse(ClangArguments.MainFileName, source.ToString(), [.. args, "-ferror-limit=0"], flags, out var error);
        if (tu is null)
        {
            foreach (var signature in wanted)
                diagnostics.Error(ClangDiagnosticIds.SignatureRefused, $"the signature of '{signature.Function}' was not read: libclang could not parse it ({error})", signature.Location);
            return [.. wanted.Select(_ => (FunctionDecl?)null)];
        }

        var errors = ErrorsByLine(tu);
        var headers = new NamedHeaders(tu, headerPaths);
        var context = new ReadContext(tu, headers, new DiagnosticBag());
        var topLevel = CursorVisitor.Children(tu.Cursor);
        context.Names.Register([.. topLevel.Where(headers.Contains)]);
        var declared = topLevel
            .Where(c => c.Kind == CXCursorKind.FunctionDecl && c.ExpansionLocation().File.Name() == ClangArguments.MainFileName)
            .ToDictionary(c => c.Spelling(), c => c, StringComparer.Ordinal);

        var result = new List<FunctionDecl?>(wanted.Count);
        for (var i = 0; i < wanted.Count; i++)
        {
            var signature = wanted[i];
            if (errors.TryGetValue(firstLine + i, out var message) || !declared.TryGetValue(ReservedPrefix + i, out var cursor))
            {
                var why = message?.Replace(ReservedPrefix + i, signature.Function, StringComparison.Ordinal) ?? "no function declaration";
                diagnostics.Error(ClangDiagnosticIds.SignatureRefused,
                    $"the signature of '{signature.Function}' does not parse as a C prototype over the headers' types: {why}", signature.Location);
                result.Add(null);
                continue;
            }

            var read = FunctionReader.Read(context, cursor);
            if (!read.HasPrototype)
            {
                diagnostics.Error(ClangDiagnosticIds.SignatureRefused,
                    $"the signature of '{signature.Function}' has no prototype either: write `(void)` for no arguments, or the parameters' types", signature.Location);
                result.Add(null);
                continue;
            }

            result.Add(read with { Name = signature.Function });
        }

        return result;
    }

    /// <summary>The signatures that can apply: to an unprototyped function, a function-like macro, or a variadic function's form.</summary>
    private static List<SignatureOverride> Wanted(HeaderModel model, ImmutableArray<SignatureOverride> signatures, DiagnosticBag diagnostics)
    {
        var macros = model.FunctionMacros.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var wanted = new List<SignatureOverride>();
        foreach (var signature in signatures.IsDefault ? [] : signatures)
        {
            if (!SignatureOverride.IsPlainPrototype(signature.Declaration, signature.Function))
                continue; // the contract loader refused the text already (BF2018)
            var function = model.FindFunction(signature.Function);
            if (function is null && !macros.Contains(signature.Function))
                continue; // the contract binder reports a function the headers do not declare (BF2101)
            if (signature.Form is not null && function is not { IsVariadic: true })
            {
                diagnostics.Error(ClangDiagnosticIds.SignatureRefused,
                    $"'{signature.Function}' is not a variadic function ({(function is null ? "it is a function-like macro: give it a `signature:`" : $"its header declares it at {function.Location}")}); `forms:` are the fixed-arity ways to call one that takes `...`", signature.Location);
                continue;
            }

            if (signature.Form is null && function is { HasPrototype: true })
            {
                diagnostics.Error(ClangDiagnosticIds.SignatureRefused,
                    function.IsVariadic
                        ? $"'{signature.Function}' is variadic: `signature:` never overrides its header's prototype ({function.Location}); list the ways to call it under `forms:`"
                        : $"'{signature.Function}' has a prototype in its header ({function.Location}); `signature:` only gives one to a function declared without (`{signature.Function}()`) or to a function-like macro, it never overrides the header",
                    signature.Location);
                continue;
            }

            wanted.Add(signature);
        }

        return wanted;
    }

    /// <summary>A function-like macro as a function the shim defines: same name, its parameters the signature's.</summary>
    private static FunctionDecl? Macro(FunctionMacro macro, FunctionDecl read, SignatureOverride signature, DiagnosticBag diagnostics)
    {
        if (read.IsVariadic || macro.Parameters.Contains("..."))
        {
            diagnostics.Error(ClangDiagnosticIds.SignatureRefused,
                $"the macro '{macro.Name}' or its signature is variadic; a macro is wrapped as a function of fixed parameters, one per macro parameter", signature.Location);
            return null;
        }

        if (read.Parameters.Length != macro.Parameters.Length)
        {
            diagnostics.Error(ClangDiagnosticIds.SignatureRefused,
                $"the signature of the macro '{macro.Name}' has {read.Parameters.Length} parameter(s), the macro ({macro.Location}) takes {macro.Parameters.Length}: {macro.Name}({string.Join(", ", macro.Parameters)})",
                signature.Location);
            return null;
        }

        return read with { Location = macro.Location, Doc = macro.Doc, Wrapper = new ShimWrapper(ShimWrapperKind.Macro, 0), Attributes = [] };
    }

    /// <summary>A form of a variadic function: the function's fixed parameters first, then the typed variadic arguments.</summary>
    private static FunctionDecl? Form(FunctionDecl variadic, FunctionDecl read, int form, SignatureOverride signature, DiagnosticBag diagnostics)
    {
        var fixedTypes = variadic.Parameters.Select(p => Spelled(p.Type)).ToList();
        var formTypes = read.Parameters.Select(p => Spelled(p.Type)).ToList();
        var why = read.IsVariadic ? "it takes `...` itself; a form states the types of the variadic arguments"
            : formTypes.Count < fixedTypes.Count || !formTypes.Take(fixedTypes.Count).SequenceEqual(fixedTypes) ? $"its leading parameters must be the function's own: ({string.Join(", ", fixedTypes)})"
            : Spelled(read.ReturnType) != Spelled(variadic.ReturnType) ? $"it must return what the function returns: {variadic.ReturnType.Spelling}"
            : null;
        if (why is not null)
        {
            diagnostics.Error(ClangDiagnosticIds.SignatureRefused, $"form {form + 1} of '{variadic.Name}' cannot call it: {why}", signature.Location);
            return null;
        }

        return variadic with { Parameters = read.Parameters, IsVariadic = false, Wrapper = new ShimWrapper(ShimWrapperKind.VariadicForm, form) };
    }

    private static string Spelled(CType type) => type.Spelling.Replace(" ", "", StringComparison.Ordinal);

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
