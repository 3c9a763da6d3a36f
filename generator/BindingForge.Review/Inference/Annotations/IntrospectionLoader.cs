using System.Collections.Immutable;
using BindingForge.Contracts;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using BindingForge.Review.Coverage;
using BindingForge.Review.Inference.Gir;

namespace BindingForge.Review.Inference.Annotations;

/// <summary>
/// Gathers the GObject-Introspection statements of an inference run: annotation comments of every header the model
/// was read from and of the files under <see cref="InferenceRequest.Sources"/> (<c>.c</c> and <c>.h</c>), and the
/// .gir named by <see cref="InferenceRequest.Gir"/> or found by GI's search rules (<see cref="GirLocator"/>). The .gir
/// is checked against the header: a function it describes with another arity is drift (BF2320), functions it
/// describes that the selected headers lack are listed (BF2321).
/// </summary>
internal static class IntrospectionLoader
{
    private static readonly string[] SourceExtensions = [".c", ".h"];

    public static IntrospectionFacts Load(InferenceRequest request, DiagnosticBag diagnostics, Func<string, string?> environment)
    {
        var headers = request.Header.Functions.Select(f => f.Location.File).Where(f => f.Length > 0 && File.Exists(f)).Distinct(StringComparer.Ordinal);
        var (comments, unreadable) = GtkDocScanner.ScanFiles(headers.Concat(SourceFiles(request, diagnostics)));
        foreach (var file in unreadable)
            diagnostics.Warning(ContractDiagnosticIds.SourcesUnreadable, $"cannot read `{file}`: its annotations are not used", new SourceLocation(file, 1, 1));
        var gir = Gir(request, diagnostics, environment);
        if (gir is not null)
            CheckDrift(request, gir, diagnostics);
        return new IntrospectionFacts(comments, gir);
    }

    private static IEnumerable<string> SourceFiles(InferenceRequest request, DiagnosticBag diagnostics)
    {
        foreach (var source in request.Sources)
        {
            if (File.Exists(source))
            {
                yield return source;
            }
            else if (Directory.Exists(source))
            {
                foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(f => SourceExtensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal))
                    yield return file;
            }
            else
            {
                diagnostics.Warning(ContractDiagnosticIds.SourcesUnreadable, $"--sources `{source}` is not a file or folder: no annotations were read from it");
            }
        }
    }

    private static GirFile? Gir(InferenceRequest request, DiagnosticBag diagnostics, Func<string, string?> environment)
    {
        var path = request.Gir;
        if (path is null && request.FindGir)
        {
            path = GirLocator.Find(request.Library, environment);
            if (path is null)
            {
                diagnostics.Info(ContractDiagnosticIds.IntrospectionSource,
                    $"no introspection file describes library `{request.Library}` (searched {string.Join(", ", GirLocator.SearchPath(environment))}); --gir FILE names one");
                return null;
            }
        }

        if (path is null)
            return null;
        var (gir, error) = GirReader.Read(path);
        if (gir is null)
        {
            diagnostics.Error(ContractDiagnosticIds.GirUnreadable, $"cannot read the introspection file: {error}", new SourceLocation(path, 1, 1));
            return null;
        }

        diagnostics.Info(ContractDiagnosticIds.IntrospectionSource, $"facts from introspection file {path} (namespace {gir.Namespace} {gir.Version}, {gir.Functions.Length} functions)", new SourceLocation(path, 1, 1));
        return gir;
    }

    private static void CheckDrift(InferenceRequest request, GirFile gir, DiagnosticBag diagnostics)
    {
        var selection = new SymbolSelection(request.Include, request.Exclude);
        var missing = new List<Annotations.GiFunction>();
        foreach (var function in gir.Functions.Where(f => selection.Includes(f.Symbol)))
        {
            if (request.Header.FindFunction(function.Symbol) is not { } declared)
            {
                missing.Add(function);
                continue;
            }

            if (!declared.IsVariadic && function.Arity != declared.Parameters.Length)
            {
                diagnostics.Warning(ContractDiagnosticIds.GirArityDrift,
                    $"the introspection file describes `{function.Symbol}` with {function.Arity} parameter(s), the header declares {declared.Parameters.Length}: its facts are not used (a .gir of another version?)",
                    function.Location);
            }
        }

        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Take(5).Select(m => $"`{m.Symbol}`")) + (missing.Count > 5 ? $" and {missing.Count - 5} more" : string.Empty);
            diagnostics.Warning(ContractDiagnosticIds.GirFunctionsMissing,
                $"the introspection file describes {missing.Count} function(s) the headers do not declare: {names} (a .gir of another version, or headers left out)", missing[0].Location);
        }
    }
}
