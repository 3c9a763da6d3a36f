using BindingForge.Generator.CSharp;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Thin;

/// <summary>
/// The member names of the Native class: functions, globals, constants and the loader's own members share one C# scope, so a
/// second use of a name is renamed (functions keep their C name as the entry point) or skipped (constants). The
/// overloads of an <c>overloadable</c> C function share one name, as C# overloads, as long as their parameter types
/// differ in C#.
/// </summary>
internal sealed class NativeMemberNames
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _overloaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _signatures = new(StringComparer.Ordinal);

    public NativeMemberNames(string nativeClass)
    {
        _used.UnionWith(["LibraryName", "LibraryFileNames", "LibraryDirectories", "VersionedFilePattern", "ResolveLibrary", nativeClass,
            GlobalBuilder.LibraryHandle, GlobalBuilder.LibraryHandleField, GlobalBuilder.ExportedAddress, .. Rendering.ShimRender.MemberNames]);
    }

    /// <summary>A free name for a function: the C name, or the C name with underscores appended on a clash.</summary>
    public string Function(string cName, SourceLocation location, DiagnosticBag diagnostics) => Claim("function", cName, location, diagnostics);

    /// <summary>A free name for an exported variable, as <see cref="Function"/> names functions.</summary>
    public string Global(string cName, SourceLocation location, DiagnosticBag diagnostics) => Claim("global", cName, location, diagnostics);

    /// <summary>A free name for a private member the generator adds (a global's address cache).</summary>
    public string Private(string wanted)
    {
        var name = CSharpNames.Sanitize(wanted);
        while (!_used.Add(name))
            name += "_";
        return name;
    }

    private string Claim(string kind, string cName, SourceLocation location, DiagnosticBag diagnostics)
    {
        var name = CSharpNames.Identifier(cName);
        if (_used.Add(CSharpNames.Unescaped(name)))
            return name;
        var renamed = CSharpNames.Unescaped(name) + "_";
        while (!_used.Add(renamed))
            renamed += "_";
        diagnostics.Warning(DiagnosticIds.NameConflict, $"the {kind} '{cName}' is bound as '{renamed}': its name is already a member of the Native class", location);
        return renamed;
    }

    /// <summary>The name all overloads of the C function <paramref name="cName"/> share: claimed by the first, as <see cref="Function"/> does.</summary>
    public string Overload(string cName, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (!_overloaded.TryGetValue(cName, out var name))
            _overloaded[cName] = name = Function(cName, location, diagnostics);
        return name;
    }

    /// <summary>
    /// Claims the C# signature <c>name(parameterTypes)</c> for the function exported as <paramref name="symbol"/>;
    /// when another symbol has it already, returns that symbol (C# cannot declare both).
    /// </summary>
    public string? ClaimSignature(string name, string parameterTypes, string symbol)
    {
        var signature = $"{CSharpNames.Unescaped(name)}({parameterTypes})";
        return _signatures.TryAdd(signature, symbol) ? null : _signatures[signature];
    }

    /// <summary>The name for a constant, or null when it is taken (the constant is then skipped).</summary>
    public string? Constant(string cName)
    {
        var name = CSharpNames.Identifier(cName);
        return _used.Add(CSharpNames.Unescaped(name)) ? name : null;
    }

}
