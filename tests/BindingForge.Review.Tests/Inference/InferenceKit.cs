using System.Collections.Immutable;
using BindingForge.Contracts;
using BindingForge.Contracts.Binding;
using BindingForge.Contracts.Tests;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;
using BindingForge.Review.Inference;

namespace BindingForge.Review.Tests.Inference;

/// <summary>
/// Builds small header models for inference tests (declarations with comments and attributes, like a header would
/// give them), drafts a contract for them, and binds the draft the way <c>check</c> does.
/// </summary>
internal sealed class InferenceKit
{
    private readonly List<FunctionDecl> _functions = [];
    private readonly List<RecordDecl> _records = [];
    private readonly List<TypedefDecl> _typedefs = [];
    private int _line = 1;

    public static CType CInt => TestHeader.Int;
    public static CType CVoid => TestHeader.Void;
    public static CType CChar => TestHeader.Char;
    public static CType ConstChar => TestHeader.Const(TestHeader.Char);
    public static CType SizeT => TestHeader.Named("size_t");

    public static CType Ptr(CType pointee) => TestHeader.Ptr(pointee);

    public static CType Named(string name) => TestHeader.Named(name);

    public static ParameterDecl P(string name, CType type) => new(name, type);

    /// <summary><c>typedef struct name name;</c> with the struct left incomplete.</summary>
    public InferenceKit Opaque(string name)
    {
        _records.Add(new RecordDecl(name, RecordKind.Struct, false, Here()) { TypedefName = name });
        _typedefs.Add(new TypedefDecl(name, new RecordRef(name, RecordKind.Struct) { Spelling = "struct " + name }, Here()));
        return this;
    }

    /// <summary><c>typedef struct name { int x; } name;</c>, a complete struct.</summary>
    public InferenceKit Complete(string name)
    {
        _records.Add(new RecordDecl(name, RecordKind.Struct, true, Here()) { TypedefName = name, Size = 4, Alignment = 4, Fields = [new FieldDecl("x", CInt, 0)] });
        _typedefs.Add(new TypedefDecl(name, new RecordRef(name, RecordKind.Struct) { Spelling = "struct " + name }, Here()));
        return this;
    }

    public InferenceKit Typedef(string name, CType type)
    {
        _typedefs.Add(new TypedefDecl(name, type, Here()));
        return this;
    }

    public InferenceKit Function(string name, CType returns, params ParameterDecl[] parameters) => Function(name, returns, null, [], parameters);

    public InferenceKit Function(string name, CType returns, string? doc, ImmutableArray<string> attributes, params ParameterDecl[] parameters)
    {
        _functions.Add(new FunctionDecl(name, returns, [.. parameters], false, CallingConvention.Cdecl, Here())
        {
            Doc = doc is null ? null : new Documentation(doc),
            Attributes = attributes,
        });
        return this;
    }

    /// <summary>Adds a function with a full <see cref="Documentation"/> (Doxygen parameters and return).</summary>
    public InferenceKit Documented(string name, CType returns, Documentation doc, params ParameterDecl[] parameters)
    {
        _functions.Add(new FunctionDecl(name, returns, [.. parameters], false, CallingConvention.Cdecl, Here()) { Doc = doc });
        return this;
    }

    public HeaderModel Model() => new([.. _functions], [.. _records], [], [.. _typedefs], []);

    /// <summary>Manual folders whose section-3 pages the draft reads (none unless a test sets them).</summary>
    public ImmutableArray<string> ManualFolders { get; init; } = [];

    public InferenceResult Infer(string library = "lib") =>
        ContractInferrer.Infer(new InferenceRequest(Model(), library, ["lib.h"], [], []) { ManualFolders = ManualFolders }, "draft.yaml");

    /// <summary>Drafts, then binds the draft against the same model; fails the test if the draft has any error.</summary>
    public (BoundContract Contract, string Yaml) Draft(string library = "lib")
    {
        var result = Infer(library);
        var load = ContractLoader.LoadText(result.Yaml, "draft.yaml");
        Assert.True(load.Document is not null && !load.HasErrors, result.Yaml + "\n" + string.Join("\n", load.Diagnostics));
        var bound = ContractBinder.Bind(load.Document!, Model());
        Assert.False(bound.Diagnostics.Any(d => d.IsError), result.Yaml + "\n" + string.Join("\n", bound.Diagnostics));
        return (bound.Contract, result.Yaml);
    }

    private SourceLocation Here() => new("lib.h", _line++, 1);
}
