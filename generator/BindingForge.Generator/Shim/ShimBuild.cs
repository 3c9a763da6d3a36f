using BindingForge.Generator.Output;
using BindingForge.Generator.Rendering;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Shim;

/// <summary>
/// The shim's two output files: its C source (<c>{Class}Native.Shim.c</c>, for review and for rebuilding) and the
/// library compiled from it (<c>{Class}Native.shim.so</c>), which the application ships beside its assembly. A
/// source that does not compile fails the run (BF3014) with the compiler's message; nothing is written.
/// </summary>
internal static class ShimBuild
{
    public static IEnumerable<GeneratedFile> Files(ShimCompiler compiler, ShimRender shim, ThinRenderModel thin, HeaderModel model, GeneratorOptions options, DiagnosticBag diagnostics)
    {
        var functions = thin.ShimFunctions;
        var source = ShimSource.Write(thin.NativeClass, [.. options.Headers.Select(h => Locate(h, options.IncludeDirs))], functions, model);
        var defines = options.Defines.Concat(options.ClangArgs.Where(a => a.StartsWith("-D", StringComparison.Ordinal)).Select(a => a[2..]));
        var library = compiler.Compile(source, options.IncludeDirs.Select(Path.GetFullPath), defines, options.CCompilerArgs, options.Library, out var error);
        if (library is null)
        {
            diagnostics.Error(DiagnosticIds.ShimCompileFailed,
                $"the shim for {functions.Count} function(s) the library does not export did not compile with {compiler.Path}: {FirstLines(error)}",
                functions[0].Location);
            return [];
        }

        return [new GeneratedFile($"{thin.NativeClass}.Shim.c", source), GeneratedFile.Binary(shim.FileName, library)];
    }

    /// <summary>A header as the parse found it: a path that exists, else the first include folder holding it, else
    /// the name as given (the compiler's own search, with the same -I folders, finds it as clang did).</summary>
    private static string Locate(string header, IEnumerable<string> includeDirs)
    {
        if (File.Exists(header))
            return Path.GetFullPath(header);
        return includeDirs.Select(d => Path.Combine(d, header)).Where(File.Exists).Select(Path.GetFullPath).FirstOrDefault() ?? header;
    }

    private static string FirstLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no message" : string.Join(" | ", lines.Take(4));
    }
}
