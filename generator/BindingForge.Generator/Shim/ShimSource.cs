using System.Text;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Shim;

/// <summary>
/// The C source of the shim: what the library does not export, made callable.
/// <list type="bullet">
/// <item>A <c>static inline</c> function of the headers: a constant pointer to it under an exported name, which the
/// thin layer reads once and calls through. Taking the address needs no C spelling of any type, and the call is the
/// function itself.</item>
/// <item>A function-like macro the contract gave a signature, or a form of a variadic function: a static wrapper of
/// the stated types that expands the macro, or calls the variadic function (the compiler applies C's default argument
/// promotions), exported the same way.</item>
/// </list>
/// <code>
/// __attribute__((visibility("default"))) __typeof__(&amp;zs_bound) const bfshim_zs_bound = &amp;zs_bound;
/// static int bfshimw_deflateInit(z_streamp bf_a0, int bf_a1) { return deflateInit(bf_a0, bf_a1); }
/// __attribute__((visibility("default"))) __typeof__(&amp;bfshimw_deflateInit) const bfshim_deflateInit = &amp;bfshimw_deflateInit;
/// </code>
/// Every name and type is the headers' (read by clang) or the generator's; no contract text is written. Deterministic:
/// the same headers and functions give the same text.
/// </summary>
public static class ShimSource
{
    private const string Export = "__attribute__((visibility(\"default\")))";

    /// <summary>
    /// The name the shim exports a function's pointer under: <c>bfshim_f</c>, and <c>bfshimv{n}_f</c> for form n of a
    /// variadic function (the prefixes differ in their seventh character, so no two functions share a symbol).
    /// </summary>
    public static string Symbol(FunctionDecl function) => function.Wrapper is { Kind: ShimWrapperKind.VariadicForm, Form: var form }
        ? $"bfshimv{form}_{function.Name}"
        : "bfshim_" + function.Name;

    /// <summary>The wrapper's definition, or null when a type of <paramref name="function"/> cannot be spelled in C.</summary>
    internal static string? Wrapper(FunctionDecl function, HeaderModel model)
    {
        var wrapper = "bfshimw" + Symbol(function)["bfshim".Length..];
        var parameters = function.Parameters.Select((p, i) => CDeclarator.Declare(p.Type, Argument(i), model)).ToList();
        if (parameters.Any(p => p is null) || CDeclarator.Declare(function.ReturnType, $"{wrapper}({(parameters.Count == 0 ? "void" : string.Join(", ", parameters))})", model) is not { } head)
            return null;
        var call = $"{function.Name}({string.Join(", ", function.Parameters.Select((_, i) => Argument(i)))})";
        var body = CDeclarator.IsVoid(function.ReturnType, model) ? $"{call};" : $"return {call};";
        return $"static {head} {{ {body} }}\n{Export} __typeof__(&{wrapper}) const {Symbol(function)} = &{wrapper};\n";
    }

    /// <summary>The shim's source over <paramref name="headers"/> (full paths) for <paramref name="functions"/>.</summary>
    internal static string Write(string nativeClass, IReadOnlyList<string> headers, IReadOnlyList<FunctionDecl> functions, HeaderModel model)
    {
        var c = new StringBuilder();
        c.Append(Output.OutputWriter.Stamp).Append('\n');
        c.Append($"// The C shim of {nativeClass}: what the library exports no symbol for (functions its headers define\n");
        c.Append($"// static inline, function-like macros, the fixed-arity forms of variadic functions), callable through the\n");
        c.Append($"// pointers this file exports, which {nativeClass} reads once.\n\n");
        foreach (var header in headers)
            c.Append("#include \"").Append(Escape(header)).Append("\"\n");
        c.Append('\n');
        foreach (var function in functions)
        {
            if (function.Wrapper is null)
                c.Append($"{Export} __typeof__(&{function.Name}) const {Symbol(function)} = &{function.Name};\n");
            else
                c.Append(Wrapper(function, model));
        }

        return c.ToString();
    }

    private static string Argument(int index) => $"bf_a{index}";

    /// <summary>A path inside a C string literal (paths are validated before, so this is belt and braces).</summary>
    private static string Escape(string path) => path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
