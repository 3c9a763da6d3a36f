namespace BindingForge.Generator.Safe.Rendering;

/// <summary>A delegate type for callbacks: <c>public unsafe delegate int IntCallback(int arg0);</c>.</summary>
/// <param name="DocLines">Complete <c>///</c> lines.</param>
/// <param name="Name">The delegate type's name (<c>IntCallback</c>).</param>
/// <param name="Declaration">The declaration without a trailing semicolon.</param>
internal sealed record DelegateRender(IReadOnlyList<string> DocLines, string Name, string Declaration);
