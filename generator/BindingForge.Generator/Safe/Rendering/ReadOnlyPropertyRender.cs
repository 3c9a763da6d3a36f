namespace BindingForge.Generator.Safe.Rendering;

/// <summary>A property with a block-bodied <c>get</c> accessor only.</summary>
/// <param name="Signature">Modifiers, type and name (<c>public int AvailIn</c>).</param>
/// <param name="Getter">The statements of the <c>get</c> accessor.</param>
internal sealed record ReadOnlyPropertyRender(IReadOnlyList<string> DocLines, string Name, string Signature, IReadOnlyList<StatementRender> Getter)
    : MemberRender(DocLines, [], Name)
{
    public override string Kind => "property";

    public override Output.EmittedMemberKind DeclaredAs => Output.EmittedMemberKind.Property;
}
