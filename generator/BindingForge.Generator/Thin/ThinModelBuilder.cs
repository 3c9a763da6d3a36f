using System.Collections.Frozen;
using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Passes;
using BindingForge.Generator.Rendering;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Thin;

/// <summary>
/// Builds the thin render model from the selected header model: every name, C# type, literal and doc line the
/// templates print, plus the summary of what was bound and what was skipped.
/// </summary>
internal sealed class ThinModelBuilder
{
    private readonly HeaderModel _model;
    private readonly GeneratorOptions _options;
    private readonly IReadOnlyList<string> _versionedNames;
    private readonly IReadOnlyList<string> _probeDirectories;
    private readonly ThinReport _report;
    private readonly string _nativeClass;
    private readonly TypeNameTable _names;
    private readonly InlineArrays _arrays;
    private readonly ComplexNumbers _complex;
    private readonly TypeMapper _mapper;
    private readonly NativeMemberNames _members;

    /// <param name="contract">The contract of a run that has one: its <c>leaf</c> and <c>errno</c> facts shape the
    /// imports, and the safe classes it names are names the C types must not take.</param>
    /// <param name="shimAvailable">A C compiler was found: functions the library does not export are bound through
    /// the shim; without one they are skipped (BF3013).</param>
    public ThinModelBuilder(HeaderModel model, GeneratorOptions options, BoundContract? contract, NativeLibraryProbe probe, DiagnosticBag diagnostics, bool shimAvailable = false)
    {
        _shimAvailable = shimAvailable;
        _contract = contract;
        _model = model;
        _options = options;
        _versionedNames = IsPath(options.Library) ? [] : probe.FindVersionedNames(options.Library);
        _probeDirectories = NativeLibraryProbe.SystemDirectories;
        _report = new ThinReport(diagnostics);
        _nativeClass = GeneratedTypeNames.Native(options);
        _names = new TypeNameTable(model, GeneratedTypeNames.Fixed(options, safe: contract is not null && options.Style != BindingStyle.Thin), diagnostics);
        _arrays = new InlineArrays(_nativeClass);
        _complex = new ComplexNumbers(_nativeClass);
        _mapper = new TypeMapper(model, _names, _arrays, _complex);
        _members = new NativeMemberNames(_nativeClass);
    }

    private readonly BoundContract? _contract;
    private readonly bool _shimAvailable;
    private readonly List<FunctionDecl> _shimFunctions = [];

    /// <summary>The C# name of every exported variable the thin layer bound, by C name (filled while building).</summary>
    private readonly Dictionary<string, string> _boundGlobals = new(StringComparer.Ordinal);

    /// <summary>The C# name of every function the thin layer bound, by C name (filled while building).</summary>
    private readonly Dictionary<string, string> _boundFunctions = new(StringComparer.Ordinal);

    /// <summary>Builds the thin layer once: its render model, the summary, and what the safe layer may know of it.</summary>
    public ThinBuild Build()
    {
        var functions = BuildFunctions();
        var globals = BuildGlobals();
        foreach (var macro in _model.FunctionMacros)
        {
            _report.Skip("macro", $"{macro.Name}({string.Join(", ", macro.Parameters)})",
                "a function-like macro has no symbol and no C types; give it a `signature:` in the contract, or call what it expands to", DiagnosticIds.FunctionMacroNotBound, macro.Location);
        }

        var constants = BuildConstants();
        var enums = _model.Enums.Where(e => !SelectPass.IsUnnamed(e)).Select(e => EnumBuilder.Build(e, _names.Enum(e.Name))).ToList();
        var (plans, opaque, structCount, unionCount) = BuildRecords();
        var typedefs = _model.Typedefs.Count(t => _mapper.Map(new TypedefRef(t.Name) { Spelling = t.Name }, TypePosition.Parameter).IsSupported);

        // External opaque types are known only once every signature and field has been mapped.
        opaque.AddRange(_names.ExternalRecords.Select(n => new OpaqueStructRender(
            ["/// <summary>Declared in a header BindingForge did not read; only pointers to it are used.</summary>"], n)));

        var render = new ThinRenderModel
        {
            Namespace = _options.Namespace,
            NativeClass = _nativeClass,
            LayoutClass = GeneratedTypeNames.Layout(_options),
            LibraryNameLiteral = CSharpNames.StringLiteral(_options.Library),
            LibraryFileLiterals = [.. LibraryFileNames().Select(CSharpNames.StringLiteral)],
            LibraryDirectoryLiterals = [.. _probeDirectories.Select(CSharpNames.StringLiteral)],
            VersionedPatternLiteral = CSharpNames.StringLiteral(VersionedPattern()),
            Functions = functions,
            Constants = constants,
            Globals = globals,
            Shim = _shimFunctions.Count == 0 ? null : new ShimRender(ShimFileName(_nativeClass), CSharpNames.StringLiteral(ShimFileName(_nativeClass))),
            ShimFunctions = [.. _shimFunctions],
            Enums = enums,
            Structs = [.. plans.Select(p => p.Struct)],
            TypesUsings = [.. plans.SelectMany(p => p.Namespaces).Concat(["System.Runtime.CompilerServices", "System.Runtime.InteropServices"]).Distinct().Order(StringComparer.Ordinal)],
            OpaqueStructs = opaque,
            InlineArrays = _arrays.Helpers,
            ComplexNumbers = _complex.Helpers,
            LayoutChecks = [.. plans.Select(p => p.Check)],
        };
        var summary = new GenerationSummary(functions.Count, structCount, unionCount, enums.Count, constants.Count, typedefs, [.. _report.Skipped], [.. _report.Noted])
        {
            Globals = globals.Count,
        };
        return new ThinBuild(render, summary, new ThinLayer(_nativeClass, _mapper, _boundFunctions.ToFrozenDictionary(StringComparer.Ordinal), _model,
            _names.Taken.ToFrozenSet(StringComparer.Ordinal)) { Globals = _boundGlobals.ToFrozenDictionary(StringComparer.Ordinal) }) { TypeNames = _names.Declared };
    }

    /// <summary>The shim library's file name: the Native class's, so that two bindings in one application never share one.</summary>
    public static string ShimFileName(string nativeClass) => nativeClass + Output.OutputWriter.ShimLibrarySuffix;

    /// <summary><c>lib{name}.so</c> first, then the sonames found on this machine; a path is tried as it is.</summary>
    private IEnumerable<string> LibraryFileNames() => IsPath(_options.Library)
        ? [_options.Library]
        : new[] { $"lib{_options.Library}.so" }.Concat(_versionedNames).Distinct(StringComparer.Ordinal);

    /// <summary>The file pattern the resolver scans for; for a path, its file name's versions.</summary>
    private string VersionedPattern() => IsPath(_options.Library)
        ? Path.GetFileName(_options.Library) + ".*"
        : $"lib{_options.Library}.so.*";

    /// <summary>A library given as a file path (<c>/opt/x/libfoo.so</c>) rather than a name.</summary>
    private static bool IsPath(string library) => library.Contains('/') || library.Contains('\\');

    private List<FunctionRender> BuildFunctions()
    {
        var builder = new FunctionBuilder(_mapper, _report);
        var result = new List<FunctionRender>();
        var overloaded = _model.Functions.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var forms = _model.Functions.Where(f => f.Wrapper is { Kind: ShimWrapperKind.VariadicForm })
            .GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var function in _model.Functions)
        {
            if (function.IsVariadic)
            {
                if (forms.TryGetValue(function.Name, out var count))
                    _report.Note("function", function.Name, $"is variadic: bound as the {count} form(s) its contract lists, through the C shim",
                        DiagnosticIds.VariadicForms, function.Location);
                else
                    builder.Build(function, function.Name);
                continue;
            }

            if (function.NeedsShim && !_shimAvailable)
            {
                _report.Skip("function", function.Name,
                    $"the library does not export it ({ShimReason(function)}), and no C compiler was found to build the shim that calls it: install one ({Shim.ShimCompiler.InstallCommand}) or name it with --cc",
                    DiagnosticIds.ShimCompilerMissing, function.Location);
                continue;
            }

            if (function.Wrapper is not null && Shim.ShimSource.Wrapper(function, _model) is null)
            {
                _report.Skip("function", function.Name,
                    $"the C shim cannot spell a type of its signature in C (an anonymous struct or enum, or a type BindingForge does not support); give the type a name in the contract's signature",
                    DiagnosticIds.UnsupportedType, function.Location);
                continue;
            }

            var name = overloaded.Contains(function.Name)
                ? _members.Overload(function.Name, function.Location, _report.Diagnostics)
                : _members.Function(function.Name, function.Location, _report.Diagnostics);
            if (builder.Build(function, name) is not { } render || !ClaimOverload(function, render))
                continue;
            var facts = _contract?.FindFunction(function.Name);
            render = render with { SuppressGcTransition = facts?.Leaf == true, SetLastError = facts?.Errno == true };
            if (function.NeedsShim)
            {
                var field = _members.Private($"__{Shim.ShimSource.Symbol(function)["bfshim".Length..].TrimStart('_')}_function");
                render = render with { Shim = builder.ShimCall(function, render, field), SetLastError = false };
                _shimFunctions.Add(function);
            }

            result.Add(render);
            // The safe layer knows a function by its C name, which the header model resolves to the first overload;
            // the forms of a variadic function share their C name and are told apart by their parameter types.
            if (ReferenceEquals(_model.FindFunction(function.Name), function) || function.Wrapper is { Kind: ShimWrapperKind.VariadicForm })
                _boundFunctions[function.Name] = render.Name;
        }

        return result;
    }

    private static string ShimReason(FunctionDecl function) => function.Wrapper?.Kind switch
    {
        ShimWrapperKind.Macro => "it is a function-like macro",
        ShimWrapperKind.VariadicForm => "it is a form of a variadic function, called through the shim",
        _ => "its header defines it static inline",
    };

    /// <summary>
    /// False, with a warning, when an overload's C# parameter types are those of an overload bound before it
    /// (<c>ov(char)</c> and <c>ov(unsigned char)</c> are both <c>ov(byte)</c>): C# cannot declare both.
    /// </summary>
    private bool ClaimOverload(FunctionDecl function, FunctionRender render)
    {
        var types = string.Join(", ", function.Parameters.Select(p => _mapper.Map(p.Type, TypePosition.Parameter).Name));
        if (_members.ClaimSignature(render.Name, types, function.Wrapper is null ? function.LinkName : Shim.ShimSource.Symbol(function)) is not { } taken)
            return true;
        _report.Skip("function", $"{function.Name} ({function.LinkName})",
            $"its C# signature {CSharpNames.Unescaped(render.Name)}({types}) is that of the overload exported as '{taken}', and C# cannot declare both",
            DiagnosticIds.NameConflict, function.Location);
        return false;
    }

    private List<GlobalRender> BuildGlobals()
    {
        var builder = new GlobalBuilder(_mapper, _report);
        var result = new List<GlobalRender>();
        foreach (var global in _model.Globals)
        {
            var name = _members.Global(global.Name, global.Location, _report.Diagnostics);
            if (builder.Build(global, name, _members.Private($"__{global.Name}_address")) is { } render)
            {
                result.Add(render);
                _boundGlobals[global.Name] = name;
            }
        }

        return result;
    }

    private List<ConstantRender> BuildConstants()
    {
        var builder = new ConstantBuilder(_mapper, _report);
        var result = new List<ConstantRender>();
        foreach (var constant in _model.Constants)
        {
            if (ClaimConstant(constant.Name, constant.Location) is { } name && builder.Build(constant, name) is { } render)
                result.Add(render with { CName = constant.Name });
        }

        foreach (var e in _model.Enums.Where(SelectPass.IsUnnamed))
        {
            foreach (var member in e.Members)
            {
                if (ClaimConstant(member.Name, e.Location) is { } name && builder.Build(member, e.UnderlyingType, name, e.Location) is { } render)
                    result.Add(render with { CName = member.Name });
            }
        }

        return result;
    }

    private string? ClaimConstant(string cName, SourceLocation location)
    {
        var name = _members.Constant(cName);
        if (name is null)
            _report.Skip("constant", cName, "its name is already a member of the Native class", DiagnosticIds.NameConflict, location);
        return name;
    }

    private (List<RecordPlan> Plans, List<OpaqueStructRender> Opaque, int Structs, int Unions) BuildRecords()
    {
        var builder = new RecordBuilder(_model, _mapper, _names, _arrays, _report);
        var flattened = FlattenedRecords();
        var plans = new List<RecordPlan>();
        var opaque = new List<OpaqueStructRender>();
        int structs = 0, unions = 0;
        foreach (var record in _model.Records.Where(r => !flattened.Contains(r.Name)))
        {
            if (record.IsComplete)
                plans.Add(builder.Plan(record));
            else
                opaque.Add(new OpaqueStructRender(DocComments.For(record.Doc, "Opaque: the library never shows its fields, so it is only used through pointers."), _names.Record(record.Name)));
            if (record.Kind == RecordKind.Union)
                unions++;
            else
                structs++;
        }

        return (plans, opaque, structs, unions);
    }

    /// <summary>Tagless records used only as anonymous members: their fields live in the parent, so no type is emitted.</summary>
    private HashSet<string> FlattenedRecords()
    {
        var members = _model.Records.SelectMany(r => r.Fields)
            .Where(f => f.IsAnonymousMember && f.Type is RecordRef)
            .Select(f => ((RecordRef)f.Type).Name)
            .ToHashSet(StringComparer.Ordinal);
        var usedElsewhere = _model.Records.SelectMany(r => r.Fields).Where(f => !f.IsAnonymousMember).Select(f => f.Type)
            .Concat(_model.Functions.SelectMany(f => f.Parameters.Select(p => p.Type).Append(f.ReturnType)))
            .Concat(_model.Typedefs.Select(t => t.Underlying))
            .SelectMany(Named)
            .ToHashSet(StringComparer.Ordinal);
        members.RemoveWhere(usedElsewhere.Contains);
        return members;
    }

    private static IEnumerable<string> Named(CType type) => type switch
    {
        RecordRef r => [r.Name],
        PointerType p => Named(p.Pointee),
        ArrayType a => Named(a.Element),
        FunctionType f => f.Parameters.SelectMany(Named).Concat(Named(f.ReturnType)),
        _ => [],
    };
}
