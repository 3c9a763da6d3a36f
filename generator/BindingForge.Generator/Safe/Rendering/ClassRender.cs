namespace BindingForge.Generator.Safe.Rendering;

/// <summary>One generated class file: a handle class, a struct class or the static class.</summary>
/// <param name="FileName">The file's name (<c>Statement.cs</c>).</param>
/// <param name="DocLines">Complete <c>///</c> lines above the class.</param>
/// <param name="Modifiers">The modifiers before <c>class</c> (<c>public sealed unsafe partial</c>).</param>
/// <param name="Name">The class name (<c>Statement</c>).</param>
/// <param name="BaseType">The runtime base it derives from (<c>OwnedHandle</c>), or null.</param>
/// <param name="Members">Every member, in file order.</param>
internal sealed record ClassRender(
    string FileName,
    IReadOnlyList<string> DocLines,
    string Modifiers,
    string Name,
    string? BaseType,
    IReadOnlyList<MemberRender> Members);
