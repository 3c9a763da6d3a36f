namespace BindingForge.Generator.Safe.Rendering;

/// <summary>A property with expression-bodied accessors: <c>public static int Counter { get => ...; set => ...; }</c>.</summary>
/// <param name="Signature">Modifiers, type and name (<c>public static int Counter</c>).</param>
/// <param name="Get">The <c>get</c> accessor's expression.</param>
/// <param name="Set">The <c>set</c> accessor's expression, or null for a read-only property.</param>
internal sealed record AccessorPropertyRender(IReadOnlyList<string> DocLines, string Name, string Signature, string Get, string? Set)
    : MemberRender(DocLines, [], Name)
{
    public override string Kind => "accessors";

    public override Output.EmittedMemberKind DeclaredAs => Output.EmittedMemberKind.Property;
}
