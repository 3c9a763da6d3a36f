using BindingForge.Generator.CSharp;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Thin;

/// <summary>
/// The member names of the Native class: functions, constants and the loader's own members share one C# scope, so a
/// second use of a name is renamed (functions keep their C name as the entry point) or skipped (constants).
/// </summary>
internal sealed class NativeMemberNames
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public NativeMemberNames(string nativeClass)
    {
        _used.UnionWith(["LibraryName", "LibraryFileNames", "LibraryDirectories", "VersionedFilePattern", "ResolveLibrary", nativeClass]);
    }

    /// <summary>A free name for a function: the C name, or the C name with underscores appended on a clash.</summary>
    public string Function(string cName, SourceLocation location, DiagnosticBag diagnostics)
    {
        var name = CSharpNames.Identifier(cName);
        if (_used.Add(CSharpNames.Unescaped(name)))
            return name;
        var renamed = CSharpNames.Unescaped(name) + "_";
        while (!_used.Add(renamed))
            renamed += "_";
        diagnostics.Warning(DiagnosticIds.NameConflict, $"the function '{cName}' is bound as '{renamed}': its name is already a member of the Native class", location);
        return renamed;
    }

    /// <summary>The name for a constant, or null when it is taken (the constant is then skipped).</summary>
    public string? Constant(string cName)
    {
        var name = CSharpNames.Identifier(cName);
        return _used.Add(CSharpNames.Unescaped(name)) ? name : null;
    }

}
