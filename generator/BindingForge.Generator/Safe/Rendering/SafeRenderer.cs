using System.Collections.Immutable;
using BindingForge.Generator.Output;
using BindingForge.Generator.Rendering;

namespace BindingForge.Generator.Safe.Rendering;

/// <summary>
/// Renders the safe layer's files: one per class (<c>Database.cs</c>, <c>ZStream.cs</c>, <c>Sqlite3.cs</c>),
/// <c>{Class}.Errors.cs</c> (exceptions and their factories) and, when callbacks exist, <c>{Class}.Callbacks.cs</c>.
/// </summary>
internal static class SafeRenderer
{
    public static ImmutableArray<GeneratedFile> Render(SafeRenderModel model)
    {
        var files = ImmutableArray.CreateBuilder<GeneratedFile>();
        foreach (var type in model.Classes)
            files.Add(new GeneratedFile(type.FileName, TemplateRenderer.Render("safe/Class.sbn-cs", new ClassFile(model.Namespace, model.Usings, type))));
        files.Add(new GeneratedFile(model.ErrorsFile, TemplateRenderer.Render("safe/Errors.sbn-cs", model)));
        if (model.Delegates.Count > 0)
            files.Add(new GeneratedFile(model.CallbacksFile, TemplateRenderer.Render("safe/Callbacks.sbn-cs", model)));
        return files.ToImmutable();
    }

    /// <summary>What the class template sees: the file's namespace and imports, and one class.</summary>
    internal sealed record ClassFile(string Namespace, IReadOnlyList<string> Usings, ClassRender Type);
}
