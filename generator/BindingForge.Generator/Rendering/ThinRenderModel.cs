using BindingForge.Generator.Mapping;

namespace BindingForge.Generator.Rendering;

/// <summary>
/// Everything the thin templates print, already computed: names, C# types, literals, doc lines. Templates only loop
/// and branch over this; they never decide a name or a type.
/// </summary>
internal sealed record ThinRenderModel
{
    public required string Namespace { get; init; }

    /// <summary><c>{Class}Native</c>: the static class with the functions, constants and loader.</summary>
    public required string NativeClass { get; init; }

    /// <summary><c>{Class}NativeLayout</c>: the static class that checks layouts against clang's.</summary>
    public required string LayoutClass { get; init; }

    /// <summary>The library name as a C# string literal, quotes included.</summary>
    public required string LibraryNameLiteral { get; init; }

    /// <summary>File names the resolver tries in order (<c>libz.so</c>, <c>libz.so.1</c>), as C# literals.</summary>
    public required IReadOnlyList<string> LibraryFileLiterals { get; init; }

    /// <summary>Folders the resolver scans for <c>lib{name}.so.*</c> at run time, as C# literals.</summary>
    public required IReadOnlyList<string> LibraryDirectoryLiterals { get; init; }

    /// <summary>The pattern of versioned file names scanned for, as a C# literal (<c>"libz.so.*"</c>).</summary>
    public required string VersionedPatternLiteral { get; init; }

    public required IReadOnlyList<FunctionRender> Functions { get; init; }
    public required IReadOnlyList<ConstantRender> Constants { get; init; }

    /// <summary>The shim's members, when a bound function is called through the shim; else null.</summary>
    public ShimRender? Shim { get; init; }

    /// <summary>The C functions called through the shim, in order (what the shim's C source exports).</summary>
    public IReadOnlyList<BindingForge.Model.Header.FunctionDecl> ShimFunctions { get; init; } = [];

    /// <summary>The exported variables, as properties of the Native class (<c>{Class}Native.Globals.cs</c>).</summary>
    public required IReadOnlyList<GlobalRender> Globals { get; init; }

    /// <summary>The Native class's members the globals file declares for itself.</summary>
    public string LibraryHandle => Thin.GlobalBuilder.LibraryHandle;

    /// <inheritdoc cref="LibraryHandle"/>
    public string LibraryHandleField => Thin.GlobalBuilder.LibraryHandleField;

    /// <inheritdoc cref="LibraryHandle"/>
    public string ExportedAddress => Thin.GlobalBuilder.ExportedAddress;
    public required IReadOnlyList<EnumRender> Enums { get; init; }
    public required IReadOnlyList<StructRender> Structs { get; init; }

    /// <summary>The namespaces the types file imports, sorted: what its structs use.</summary>
    public required IReadOnlyList<string> TypesUsings { get; init; }
    public required IReadOnlyList<OpaqueStructRender> OpaqueStructs { get; init; }
    public required IReadOnlyList<InlineArrayRender> InlineArrays { get; init; }
    public required IReadOnlyList<ComplexRender> ComplexNumbers { get; init; }
    public required IReadOnlyList<LayoutCheckRender> LayoutChecks { get; init; }
}
