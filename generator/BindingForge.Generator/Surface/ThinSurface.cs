using System.Collections.Immutable;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Surface;

/// <summary>
/// What the thin layer binds of a contract's headers, as plain values: the selected header model and, for each bound
/// declaration, the C# it becomes. The review tools build the API record from it; nothing here is code.
/// </summary>
/// <param name="Library">The native library name (<c>sqlite3</c>).</param>
/// <param name="NativeClass">The thin class (<c>Sqlite3Native</c>).</param>
/// <param name="Selected">The header model after the contract's selection.</param>
/// <param name="Functions">The C# import of each bound function, by link name (C name, or the exported symbol).</param>
/// <param name="TypeNames">The C# name of each record and named enum, by model name.</param>
/// <param name="Constants">The C# constant of each bound macro and unnamed-enum member, by C name.</param>
public sealed record ThinSurface(
    string Library,
    string NativeClass,
    HeaderModel Selected,
    ImmutableDictionary<string, ThinFunction> Functions,
    ImmutableDictionary<string, string> TypeNames,
    ImmutableDictionary<string, ThinConstant> Constants);

/// <summary>One <c>[LibraryImport]</c>: its C# name, return type and parameter list as the thin file spells them.</summary>
public sealed record ThinFunction(string Name, string ReturnType, string Parameters);

/// <summary>One constant of the thin class: its C# name, type and value expression.</summary>
public sealed record ThinConstant(string Name, string Type, string Value);
