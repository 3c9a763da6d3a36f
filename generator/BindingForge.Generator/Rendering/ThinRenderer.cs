using System.Collections.Immutable;
using BindingForge.Generator.Output;

namespace BindingForge.Generator.Rendering;

/// <summary>
/// Renders the thin layer's files: <c>{Class}Native.cs</c> (functions and the library resolver),
/// <c>{Class}Native.Constants.cs</c>, <c>{Class}Native.Types.cs</c> (structs, unions, enums, opaque types, inline
/// array helpers) and <c>{Class}Native.Layout.cs</c> (the layout check). A file with nothing in it is not emitted,
/// except the Native class and the layout check, which always exist.
/// </summary>
internal static class ThinRenderer
{
    public static ImmutableArray<GeneratedFile> Render(ThinRenderModel model)
    {
        var files = ImmutableArray.CreateBuilder<GeneratedFile>();
        files.Add(File(model, $"{model.NativeClass}.cs", "thin/Native.sbn-cs"));
        if (model.Constants.Count > 0)
            files.Add(File(model, $"{model.NativeClass}.Constants.cs", "thin/Constants.sbn-cs"));
        if (model.Structs.Count + model.Enums.Count + model.OpaqueStructs.Count + model.InlineArrays.Count + model.ComplexNumbers.Count > 0)
            files.Add(File(model, $"{model.NativeClass}.Types.cs", "thin/Types.sbn-cs"));
        files.Add(File(model, $"{model.NativeClass}.Layout.cs", "thin/Layout.sbn-cs"));
        return files.ToImmutable();
    }

    private static GeneratedFile File(ThinRenderModel model, string name, string template) =>
        new(name, TemplateRenderer.Render(template, model));
}
