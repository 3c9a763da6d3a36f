using System.Collections.Immutable;
using BindingForge.Clang.Interop;
using BindingForge.Clang.Reading;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Clang;

/// <summary>
/// Reads C headers into a <see cref="HeaderModel"/> with libclang: one translation unit, an in-memory file that
/// includes every named header, parsed as <c>-x c -std=gnu11 -fparse-all-comments</c> with a detailed
/// preprocessing record; then a second in-memory parse evaluates the object-like macros, and a third, only when a
/// contract gives unprototyped functions their <c>signature:</c>, reads those prototypes. Only declarations
/// located in the named headers enter the model, in source order.
/// <para>
/// User mistakes never throw: a missing libclang (BF1001) or header (BF1002), and every clang error (BF1003),
/// are diagnostics, and any error leaves the model empty. Instances are stateless; reads may run in parallel.
/// </para>
/// </summary>
public sealed class HeaderReader
{
    private const CXTranslationUnitFlags MainParseFlags =
        CXTranslationUnitFlags.DetailedPreprocessingRecord
        | CXTranslationUnitFlags.SkipFunctionBodies
        | CXTranslationUnitFlags.IncludeAttributedTypes;

    /// <summary>Parses the headers of <paramref name="request"/> and returns their model and the findings.</summary>
    public HeaderReadResult Read(HeaderReadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new DiagnosticBag();
        if (!LibClangLoader.TryLoad(out var clang, out var failure))
        {
            diagnostics.Add(failure!);
            return Failed(diagnostics);
        }
        if (!clang.HasBuiltinHeaders)
        {
            diagnostics.Warning(ClangDiagnosticIds.ResourceDirNotFound,
                $"clang's builtin headers (stddef.h, stdarg.h ...) were not found next to {clang.LibraryPath}, and no C compiler " +
                $"($CC, cc, gcc, clang) named its own; headers that include them will not parse. Install a C compiler (gcc), " +
                $"or clang's headers with `{LibClangLoader.InstallCommand}`.");
        }
        var headers = HeaderResolver.Resolve(OrEmpty(request.Headers), OrEmpty(request.IncludeDirs), request.NamedAt, diagnostics);
        if (diagnostics.HasErrors)
            return Failed(diagnostics);
        var args = ClangArguments.Build(request with
        {
            IncludeDirs = OrEmpty(request.IncludeDirs),
            Defines = OrEmpty(request.Defines),
            ExtraArgs = OrEmpty(request.ExtraArgs),
        }, clang.ResourceDir, clang.CompilerIncludeDir);
        using var tu = TranslationUnit.Parse(ClangArguments.MainFileName, ClangArguments.IncludeAll(headers), args, MainParseFlags, out var error);
        if (tu is null)
        {
            diagnostics.Error(ClangDiagnosticIds.TranslationUnitFailed,
                $"libclang could not parse the headers ({error}); check the extra clang arguments.");
            return Failed(diagnostics);
        }
        var named = new NamedHeaders(tu, headers);
        ClangDiagnosticConverter.Convert(tu, named, diagnostics);
        if (diagnostics.HasErrors)
            return Failed(diagnostics);
        var signatures = request.Signatures.IsDefault ? [] : request.Signatures;
        var context = new ReadContext(tu, named, diagnostics) { Signatures = signatures.Select(s => s.Function).ToHashSet(StringComparer.Ordinal) };
        var model = Walk(context, request.EvaluateMacros, request.Sequential, args);
        if (!signatures.IsEmpty)
        {
            var (functions, macros) = SignatureReader.Apply(model, signatures, args, named.Paths, diagnostics);
            model = new HeaderModel(functions, model.Records, model.Enums, model.Typedefs, model.Constants) { Globals = model.Globals, FunctionMacros = macros };
        }

        return new HeaderReadResult(model, diagnostics.ToImmutable()) { IncludedFiles = CursorVisitor.Inclusions(tu.Handle) };
    }

    /// <summary>
    /// Walks the declarations. The macro parse (a second translation unit on its own index, safe on another thread)
    /// runs beside the walk unless <paramref name="sequential"/>; its findings go where a sequential run reports them,
    /// before the walk's.
    /// </summary>
    private static HeaderModel Walk(ReadContext context, bool evaluateMacros, bool sequential, IReadOnlyList<string> args)
    {
        var topLevel = CursorVisitor.Children(context.Tu.Cursor).Where(context.Headers.Contains).ToList();
        context.Names.Register(topLevel);
        if (!evaluateMacros)
            return new DeclarationWalker(context).Walk(topLevel, [], []);

        var collector = new MacroCollector(context);
        var candidates = collector.Collect(topLevel);
        var macroDiagnostics = new DiagnosticBag();
        var paths = context.Headers.Paths;
        var evaluation = sequential
            ? Task.FromResult(MacroEvaluator.Evaluate(args, paths, candidates, macroDiagnostics))
            : Task.Run(() => MacroEvaluator.Evaluate(args, paths, candidates, macroDiagnostics));
        int mark = context.Diagnostics.Items.Count;
        var walked = new DeclarationWalker(context).Walk(topLevel, [], [.. collector.FunctionLike]);
        var constants = evaluation.GetAwaiter().GetResult();
        context.Diagnostics.InsertRange(mark, macroDiagnostics.Items);
        return new HeaderModel(walked.Functions, walked.Records, walked.Enums, walked.Typedefs, constants)
        {
            Globals = walked.Globals,
            FunctionMacros = walked.FunctionMacros,
        };
    }

    private static HeaderReadResult Failed(DiagnosticBag diagnostics) => new(HeaderModel.Empty, diagnostics.ToImmutable());

    private static ImmutableArray<string> OrEmpty(ImmutableArray<string> items) => items.IsDefault ? [] : items;
}
