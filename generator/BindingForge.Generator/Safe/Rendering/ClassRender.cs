namespace BindingForge.Generator.Safe.Rendering;

/// <summary>One generated class file: a handle class, a struct class or the static class.</summary>
/// <param name="FileName">The file's name (<c>Statement.cs</c>).</param>
/// <param name="DocLines">Complete <c>///</c> lines above the class.</param>
/// <param name="Declaration">The declaration line (<c>public sealed unsafe partial class Statement : OwnedHandle</c>).</param>
/// <param name="Members">Every member, as lines indented for the class body.</param>
internal sealed record ClassRender(string FileName, IReadOnlyList<string> DocLines, string Declaration, IReadOnlyList<MethodRender> Members);
