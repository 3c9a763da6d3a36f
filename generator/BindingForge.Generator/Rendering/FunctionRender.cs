namespace BindingForge.Generator.Rendering;

/// <summary>One <c>[LibraryImport]</c> declaration.</summary>
/// <param name="DocLines">Complete <c>///</c> lines, unindented.</param>
/// <param name="Name">The C# method name (the C name, escaped when it is a keyword).</param>
/// <param name="EntryPointLiteral">The C name as a C# literal when it differs from <paramref name="Name"/>; else null.</param>
/// <param name="ReturnType">The C# return type.</param>
/// <param name="Parameters">The parameter list, e.g. <c>byte* filename, sqlite3** ppDb</c>.</param>
/// <param name="ObsoleteAttribute"><c>[Obsolete("...")]</c> for a function C declares deprecated; else null.</param>
internal sealed record FunctionRender(
    IReadOnlyList<string> DocLines,
    string Name,
    string? EntryPointLiteral,
    string ReturnType,
    string Parameters,
    string? ObsoleteAttribute)
{
    /// <summary>The contract says <c>leaf: true</c>: the import gets <c>[SuppressGCTransition]</c>.</summary>
    public bool SuppressGcTransition { get; init; }

    /// <summary>The contract says <c>errno: true</c>: the import saves errno (<c>SetLastError = true</c>).</summary>
    public bool SetLastError { get; init; }

    /// <summary>The symbol the import binds (<see cref="Model.Header.FunctionDecl.LinkName"/>): the API record keys functions by it.</summary>
    public string LinkName { get; init; } = string.Empty;

    /// <summary>The parameters' C# names, in order.</summary>
    public IReadOnlyList<string> ParameterNames { get; init; } = [];

    /// <summary>For a function the library does not export (<c>static inline</c>): how it is called through the shim;
    /// null for an import.</summary>
    public ShimCallRender? Shim { get; init; }
}

/// <summary>
/// A call through the shim: the shim library exports a pointer to the function (<paramref name="SymbolLiteral"/>),
/// read once into <paramref name="AddressField"/>; the method calls it as <paramref name="FunctionPointerType"/>.
/// </summary>
/// <param name="SymbolLiteral">The shim's exported pointer, as a C# literal (<c>"bfshim_sqlite3_foo"</c>).</param>
/// <param name="AddressField">The private field caching the function's address.</param>
/// <param name="FunctionPointerType">The call's type: <c>delegate* unmanaged[Cdecl]&lt;int, byte*, int&gt;</c>.</param>
/// <param name="Arguments">The parameters' names, comma-separated.</param>
internal sealed record ShimCallRender(string SymbolLiteral, string AddressField, string FunctionPointerType, string Arguments);
