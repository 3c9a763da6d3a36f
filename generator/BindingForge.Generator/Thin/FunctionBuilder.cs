using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Rendering;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Thin;

/// <summary>
/// One <c>[LibraryImport]</c> per C function, under its C name, with blittable parameter and return types:
/// <code>
/// [LibraryImport(LibraryName)]
/// [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
/// public static partial int sqlite3_open(byte* filename, sqlite3** ppDb);
/// </code>
/// The entry point is the C name, or the symbol the library exports under another name (an overloadable function's
/// mangled name, <c>EntryPoint = "_Z2ovd"</c>). Variadic functions, functions with a type that has no C# form and
/// functions passing a type by value that .NET cannot pass as C does are skipped with a warning.
/// </summary>
internal sealed class FunctionBuilder(TypeMapper mapper, ThinReport report)
{
    public FunctionRender? Build(FunctionDecl function, string name)
    {
        if (function.IsVariadic)
        {
            report.Skip("function", function.Name, "variadic functions cannot be called through LibraryImport", DiagnosticIds.VariadicSkipped, function.Location);
            return null;
        }

        var result = mapper.Map(function.ReturnType, TypePosition.Return);
        if (!result.IsSupported)
            return Unsupported(function, $"its return type '{function.ReturnType.Spelling}': {result.Unsupported}", result.DiagnosticId);
        if (mapper.ByValueProblem(function.ReturnType) is { } returned)
            return Unsupported(function, $"it returns '{function.ReturnType.Spelling}' by value: {returned}", DiagnosticIds.CallNotExpressible);
        report.Degraded(result, function.Location);

        var parameters = new List<(string CName, string CSharpName, MappedType Type)>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (parameter, index) in function.Parameters.Select((p, i) => (p, i)))
        {
            var type = mapper.Map(parameter.Type, TypePosition.Parameter);
            if (!type.IsSupported)
                return Unsupported(function, $"parameter '{parameter.Name}' of type '{parameter.Type.Spelling}': {type.Unsupported}", type.DiagnosticId);
            if (mapper.ByValueProblem(parameter.Type) is { } problem)
                return Unsupported(function, $"parameter '{parameter.Name}' passes '{parameter.Type.Spelling}' by value: {problem}", DiagnosticIds.CallNotExpressible);
            report.Degraded(type, function.Location);
            parameters.Add((parameter.Name, ParameterName(parameter.Name, index, used), type));
        }

        if (function.CallingConvention != CallingConvention.Cdecl)
            report.Diagnostics.Warning(DiagnosticIds.CallingConventionAssumed, $"'{function.Name}' is declared {function.CallingConvention}; it is bound as cdecl, the only convention of this platform", function.Location);

        var usesBool = result.IsBool || parameters.Any(p => p.Type.IsBool);
        var doc = DocComments.For(function.Doc, [.. parameters.Select(p => (p.CName, p.CSharpName))],
            usesBool ? "C bool values are passed as bytes: 0 is false, 1 is true." : null);
        var entryPoint = name != function.LinkName ? CSharpNames.StringLiteral(function.LinkName) : null;
        var list = string.Join(", ", parameters.Select(p => $"{p.Type.Name} {p.CSharpName}"));
        return new FunctionRender(doc, name, entryPoint, result.Name, list, Obsolete(function))
        {
            ParameterNames = [.. parameters.Select(p => p.CSharpName)],
            LinkName = function.LinkName,
        };
    }

    /// <summary>The call of a function the library does not export, through the pointer the shim exports for it.</summary>
    public ShimCallRender ShimCall(FunctionDecl function, FunctionRender render, string addressField)
    {
        var types = function.Parameters.Select(p => mapper.Map(p.Type, TypePosition.Parameter).Name)
            .Append(mapper.Map(function.ReturnType, TypePosition.Return).Name);
        var pointer = $"delegate* unmanaged[{(render.SuppressGcTransition ? "Cdecl, SuppressGCTransition" : "Cdecl")}]<{string.Join(", ", types)}>";
        return new ShimCallRender(CSharpNames.StringLiteral(Shim.ShimSource.Symbol(function)), addressField, pointer, string.Join(", ", render.ParameterNames));
    }

    /// <summary><c>[Obsolete("use g2")]</c> from <c>deprecated("use g2")</c>, <c>[Obsolete]</c> from a bare <c>deprecated</c>.</summary>
    private static string? Obsolete(FunctionDecl function)
    {
        var attribute = function.Attributes.FirstOrDefault(a => a == "deprecated" || a.StartsWith("deprecated(", StringComparison.Ordinal));
        if (attribute is null)
            return null;
        var message = attribute.Length > "deprecated()".Length ? attribute["deprecated(".Length..^1].Trim().Trim('"') : "";
        return message.Length == 0 ? "[Obsolete]" : $"[Obsolete({CSharpNames.StringLiteral(message)})]";
    }

    private FunctionRender? Unsupported(FunctionDecl function, string reason, string id)
    {
        report.Skip("function", function.Name, reason, id, function.Location);
        return null;
    }

    private static string ParameterName(string cName, int index, HashSet<string> used)
    {
        var name = cName.Length == 0 ? $"arg{index}" : CSharpNames.Identifier(cName);
        while (!used.Add(CSharpNames.Unescaped(name)))
            name = CSharpNames.Unescaped(name) + "_";
        return name;
    }
}
