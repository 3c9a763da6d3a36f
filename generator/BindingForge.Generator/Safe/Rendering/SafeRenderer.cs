using System.Collections.Immutable;
using BindingForge.Generator.Output;
using BindingForge.Generator.Rendering;

namespace BindingForge.Generator.Safe.Rendering;

/// <summary>
/// Renders the safe layer's files: one per class (<c>Database.cs</c>, <c>ZStream.cs</c>, <c>Sqlite3.cs</c>),
/// <c>{Class}.Errors.cs</c> (exceptions and their factories) and, when callbacks exist, <c>{Class}.Callbacks.cs</c>.
/// Beside each file it lists the types and members the render records say the file declares
/// (<see cref="EmittedSurface"/>); an exception class's constructor is the one member its template writes itself.
/// </summary>
internal static class SafeRenderer
{
    /// <summary>The safe files, rendered on every core unless <paramref name="sequential"/> (the same files either way).</summary>
    public static RenderedLayer Render(SafeRenderModel model, bool sequential = false)
    {
        var files = new List<RenderJobs.Job>();
        var types = ImmutableArray.CreateBuilder<EmittedType>();
        foreach (var type in model.Classes)
        {
            files.Add(new(type.FileName, () => TemplateRenderer.Render("safe/Class.sbn-cs", new ClassFile(model.Namespace, model.Usings, type))));
            types.Add(Class(model, type.FileName, type.Name, type.Members));
        }

        files.Add(new(model.ErrorsFile, () => TemplateRenderer.Render("safe/Errors.sbn-cs", model)));
        foreach (var exception in model.Exceptions)
            types.Add(new EmittedType(model.ErrorsFile, model.Namespace, exception.Name, EmittedTypeKind.Class, [new(EmittedMemberKind.Constructor, exception.Name)]));
        types.Add(Class(model, model.ErrorsFile, model.ErrorsClass, model.ErrorFactories));
        if (model.Delegates.Count > 0)
        {
            files.Add(new(model.CallbacksFile, () => TemplateRenderer.Render("safe/Callbacks.sbn-cs", model)));
            foreach (var d in model.Delegates)
                types.Add(new EmittedType(model.CallbacksFile, model.Namespace, d.Name, EmittedTypeKind.Delegate, []));
            types.Add(Class(model, model.CallbacksFile, model.CallbacksClass, model.Trampolines));
        }

        if (model.Enums.Count > 0)
        {
            files.Add(new(model.EnumsFile, () => TemplateRenderer.Render("safe/Enums.sbn-cs", model)));
            foreach (var e in model.Enums)
                types.Add(new EmittedType(model.EnumsFile, model.Namespace, e.Name, EmittedTypeKind.Enum, [.. e.Members.Select(m => new EmittedMember(EmittedMemberKind.EnumMember, m.Name))]));
        }

        return new RenderedLayer(RenderJobs.Run(files, sequential), new EmittedSurface(types.ToImmutable()));
    }

    private static EmittedType Class(SafeRenderModel model, string file, string name, IEnumerable<MemberRender> members) =>
        new(file, model.Namespace, name, EmittedTypeKind.Class, [.. members.Select(m => new EmittedMember(m.DeclaredAs, m.Name))]);

    /// <summary>What the class template sees: the file's namespace and imports, and one class.</summary>
    internal sealed record ClassFile(string Namespace, IReadOnlyList<string> Usings, ClassRender Type);
}
