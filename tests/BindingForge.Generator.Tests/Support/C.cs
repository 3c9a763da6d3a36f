using System.Collections.Immutable;
using BindingForge.Model;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Tests.Support;

/// <summary>Short constructors for hand-built header models, spelled like the C they stand for.</summary>
internal static class C
{
    public static readonly SourceLocation Here = new("test.h", 1, 1);

    public static PrimitiveType Void => P(PrimitiveKind.Void, "void");
    public static PrimitiveType Char => P(PrimitiveKind.Char, "char");
    public static PrimitiveType Int => P(PrimitiveKind.Int, "int");
    public static PrimitiveType UInt => P(PrimitiveKind.UInt, "unsigned int");
    public static PrimitiveType Long => P(PrimitiveKind.Long, "long");
    public static PrimitiveType ULong => P(PrimitiveKind.ULong, "unsigned long");
    public static PrimitiveType Double => P(PrimitiveKind.Double, "double");
    public static PrimitiveType Bool => P(PrimitiveKind.Bool, "_Bool");

    public static PrimitiveType P(PrimitiveKind kind, string spelling) => new(kind) { Spelling = spelling };

    public static PointerType Ptr(CType pointee) => new(pointee) { Spelling = pointee.Spelling + " *" };

    public static ArrayType Array(CType element, long? length) => new(element, length) { Spelling = $"{element.Spelling}[{length}]" };

    public static TypedefRef Typedef(string name) => new(name) { Spelling = name };

    public static RecordRef Struct(string name) => new(name, RecordKind.Struct) { Spelling = "struct " + name };

    public static RecordRef Union(string name) => new(name, RecordKind.Union) { Spelling = "union " + name };

    public static EnumRef Enum(string name) => new(name) { Spelling = "enum " + name };

    public static FunctionType FnType(CType result, params CType[] parameters) =>
        new(result, [.. parameters], false, CallingConvention.Cdecl) { Spelling = $"{result.Spelling} (*)({string.Join(", ", parameters.Select(p => p.Spelling))})" };

    public static FunctionDecl Fn(string name, CType result, params (string Name, CType Type)[] parameters) =>
        new(name, result, [.. parameters.Select(p => new ParameterDecl(p.Name, p.Type))], false, CallingConvention.Cdecl, Here);

    public static FieldDecl Field(string name, CType type, long offsetBytes) => new(name, type, offsetBytes * 8);

    public static RecordDecl Record(string name, long size, long alignment, params FieldDecl[] fields) =>
        new(name, RecordKind.Struct, true, Here) { Size = size, Alignment = alignment, Fields = [.. fields] };

    public static TypedefDecl TypedefDecl(string name, CType underlying) => new(name, underlying, Here);

    public static MacroConstant Macro(string name, ConstantValue value) => new(name, value, Here);

    public static HeaderModel Model(
        IEnumerable<FunctionDecl>? functions = null,
        IEnumerable<RecordDecl>? records = null,
        IEnumerable<EnumDecl>? enums = null,
        IEnumerable<TypedefDecl>? typedefs = null,
        IEnumerable<MacroConstant>? constants = null) =>
        new([.. functions ?? []], [.. records ?? []], [.. enums ?? []], [.. typedefs ?? []], [.. constants ?? []]);

    public static GeneratorOptions Options(string library = "testlib", string className = "Test") =>
        new() { Library = library, ClassName = className, Namespace = "Generated.Test" };

    /// <summary>Generates with a probe that finds nothing, so the output does not depend on the machine.</summary>
    public static GenerationResult Generate(HeaderModel model, GeneratorOptions? options = null) =>
        new VerifiedPipeline(Thin.NativeLibraryProbe.None).Generate(model, options ?? Options());

    public static ImmutableArray<(string Path, string Text)> Sources(GenerationResult result) =>
        [.. result.Files.Where(f => f.IsCSharp).Select(f => (f.RelativePath, f.Content))];
}
