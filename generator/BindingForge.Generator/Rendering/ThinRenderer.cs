using System.Collections.Immutable;
using BindingForge.Generator.Output;
using BindingForge.Generator.Thin;

namespace BindingForge.Generator.Rendering;

/// <summary>
/// Renders the thin layer's files: <c>{Class}Native.cs</c> (functions and the library resolver),
/// <c>{Class}Native.Constants.cs</c>, <c>{Class}Native.Globals.cs</c> (exported variables), <c>{Class}Native.Types.cs</c> (structs, unions, enums, opaque types, inline
/// array helpers) and <c>{Class}Native.Layout.cs</c> (the layout check). A file with nothing in it is not emitted,
/// except the Native class and the layout check, which always exist. Beside each file it lists the types and
/// members the file declares (<see cref="EmittedSurface"/>), from the same render records the template prints; the
/// members the templates write themselves (the resolver, <c>Verify</c>) are listed here under the names the
/// templates give them.
/// </summary>
internal static class ThinRenderer
{
    /// <summary>The thin files, rendered on every core unless <paramref name="sequential"/> (the same files either way).</summary>
    public static RenderedLayer Render(ThinRenderModel model, bool sequential = false)
    {
        var files = new List<RenderJobs.Job>();
        var types = ImmutableArray.CreateBuilder<EmittedType>();
        var native = $"{model.NativeClass}.cs";
        files.Add(File(model, native, "thin/Native.sbn-cs"));
        types.Add(Type(model, native, model.NativeClass, EmittedTypeKind.Class, NativeMembers(model)));
        if (model.Constants.Count > 0)
        {
            var name = $"{model.NativeClass}.Constants.cs";
            files.Add(File(model, name, "thin/Constants.sbn-cs"));
            types.Add(Type(model, name, model.NativeClass, EmittedTypeKind.Class,
                model.Constants.Select(c => new EmittedMember(c.IsProperty ? EmittedMemberKind.Property : EmittedMemberKind.Constant, c.Name))));
        }

        if (model.Shim is { } shim)
        {
            var name = $"{model.NativeClass}.Shim.cs";
            files.Add(File(model, name, "thin/Shim.sbn-cs"));
            types.Add(Type(model, name, model.NativeClass, EmittedTypeKind.Class,
            [
                new(EmittedMemberKind.Constant, shim.FileNameMember),
                new(EmittedMemberKind.Field, shim.HandleField),
                .. model.Functions.Where(f => f.Shim is not null).Select(f => new EmittedMember(EmittedMemberKind.Field, f.Shim!.AddressField)),
                new(EmittedMemberKind.Property, shim.HandleMember),
                Method(shim.FunctionMember),
            ]));
        }

        if (model.Globals.Count > 0)
        {
            var name = $"{model.NativeClass}.Globals.cs";
            files.Add(File(model, name, "thin/Globals.sbn-cs"));
            types.Add(Type(model, name, model.NativeClass, EmittedTypeKind.Class,
            [
                new(EmittedMemberKind.Field, model.LibraryHandleField),
                .. model.Globals.Select(g => new EmittedMember(EmittedMemberKind.Field, g.AddressField)),
                .. model.Globals.Select(g => new EmittedMember(EmittedMemberKind.Property, g.Name)),
                new(EmittedMemberKind.Property, model.LibraryHandle),
                Method(model.ExportedAddress),
            ]));
        }

        if (model.Structs.Count + model.Enums.Count + model.OpaqueStructs.Count + model.InlineArrays.Count + model.ComplexNumbers.Count > 0)
        {
            var name = $"{model.NativeClass}.Types.cs";
            files.Add(File(model, name, "thin/Types.sbn-cs"));
            types.AddRange(TypesFile(model, name));
        }

        var layout = $"{model.NativeClass}.Layout.cs";
        files.Add(File(model, layout, "thin/Layout.sbn-cs"));
        types.Add(Type(model, layout, model.LayoutClass, EmittedTypeKind.Class,
            new[] { "Verify", "Check" }.Concat(model.LayoutChecks.Select(c => c.MethodName)).Select(Method)));
        return new RenderedLayer(RenderJobs.Run(files, sequential), new EmittedSurface(types.ToImmutable()));
    }

    /// <summary>The library resolver the template writes, then the imports.</summary>
    private static IEnumerable<EmittedMember> NativeMembers(ThinRenderModel model) =>
    [
        new(EmittedMemberKind.Constant, "LibraryName"),
        new(EmittedMemberKind.Field, "LibraryFileNames"),
        new(EmittedMemberKind.Field, "LibraryDirectories"),
        new(EmittedMemberKind.Constant, "VersionedFilePattern"),
        new(EmittedMemberKind.StaticConstructor, model.NativeClass),
        Method("ResolveLibrary"),
        .. model.Functions.Select(f => Method(f.Name)),
    ];

    private static IEnumerable<EmittedType> TypesFile(ThinRenderModel model, string file)
    {
        foreach (var e in model.Enums)
            yield return Type(model, file, e.Name, EmittedTypeKind.Enum, e.Members.Select(m => new EmittedMember(EmittedMemberKind.EnumMember, m.Name)));
        foreach (var s in model.OpaqueStructs)
            yield return Type(model, file, s.Name, EmittedTypeKind.Struct, []);
        foreach (var s in model.Structs)
        {
            var alignment = s.AlignmentField is null ? [] : new[] { new EmittedMember(EmittedMemberKind.Field, RecordBuilder.AlignmentFieldName) };
            yield return Type(model, file, s.Name, EmittedTypeKind.Struct, alignment
                .Concat(s.Fields.Select(f => new EmittedMember(EmittedMemberKind.Field, f.Name)))
                .Concat(s.Properties.Select(p => new EmittedMember(EmittedMemberKind.Property, p.Name)))
                .Concat(s.Members.Select(m => m.Surface)));
        }

        if (model.InlineArrays.Count + model.ComplexNumbers.Count == 0)
            yield break;
        yield return Type(model, file, model.NativeClass, EmittedTypeKind.Class, []);
        foreach (var c in model.ComplexNumbers)
        {
            yield return Type(model, file, $"{model.NativeClass}.{c.Name}", EmittedTypeKind.Struct,
            [
                new(EmittedMemberKind.Field, "Real"),
                new(EmittedMemberKind.Field, "Imaginary"),
                new(EmittedMemberKind.Constructor, c.Name),
                new(EmittedMemberKind.ConversionOperator, "System.Numerics.Complex"),
                new(EmittedMemberKind.ConversionOperator, c.Name),
            ]);
        }

        foreach (var a in model.InlineArrays)
            yield return Type(model, file, $"{model.NativeClass}.{a.Name}", EmittedTypeKind.Struct, [new(EmittedMemberKind.Field, "_element0")]);
    }

    private static EmittedMember Method(string name) => new(EmittedMemberKind.Method, name);

    private static EmittedType Type(ThinRenderModel model, string file, string name, EmittedTypeKind kind, IEnumerable<EmittedMember> members) =>
        new(file, model.Namespace, name, kind, [.. members]);

    private static RenderJobs.Job File(ThinRenderModel model, string name, string template) =>
        new(name, () => TemplateRenderer.Render(template, model));
}
