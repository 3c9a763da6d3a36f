using System.Text;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Shim;

/// <summary>
/// The C source of the shim: for each function the library does not export (<c>static inline</c> in its headers),
/// a constant pointer to it under an exported name, which the thin layer reads once and calls through. Taking the
/// address, instead of writing a wrapper, needs no C spelling of any type, and the call is the function itself:
/// <code>
/// __attribute__((visibility("default"))) __typeof__(&amp;zs_bound) const bfshim_zs_bound = &amp;zs_bound;
/// </code>
/// Deterministic: the same headers and functions give the same text.
/// </summary>
internal static class ShimSource
{
    /// <summary>The name the shim exports a function's pointer under.</summary>
    public static string Symbol(FunctionDecl function) => "bfshim_" + function.Name;

    /// <summary>The shim's source over <paramref name="headers"/> (full paths) for <paramref name="functions"/>.</summary>
    public static string Write(string nativeClass, IReadOnlyList<string> headers, IReadOnlyList<FunctionDecl> functions)
    {
        var c = new StringBuilder();
        c.Append(Output.OutputWriter.Stamp).Append('\n');
        c.Append($"// The C shim of {nativeClass}: the library exports no symbol for these functions (its headers define them\n");
        c.Append($"// static inline), so this file exports a pointer to each, which {nativeClass} calls through.\n\n");
        foreach (var header in headers)
            c.Append("#include \"").Append(Escape(header)).Append("\"\n");
        c.Append('\n');
        foreach (var function in functions)
            c.Append($"__attribute__((visibility(\"default\"))) __typeof__(&{function.Name}) const {Symbol(function)} = &{function.Name};\n");
        return c.ToString();
    }

    /// <summary>A path inside a C string literal (paths are validated before, so this is belt and braces).</summary>
    private static string Escape(string path) => path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
