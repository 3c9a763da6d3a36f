namespace BindingForge.Generator.Safe.Rendering;

/// <summary>A property with a block-bodied <c>get</c> accessor only.</summary>
/// <param name="Signature">Modifiers, type and name (<c>public int AvailIn</c>).</param>
/// <param name="Getter">The statements of the <c>get</c> accessor.</param>
internal sealed record ReadOnlyPropertyRender(IReadOnlyList<string> DocLines, string Signature, IReadOnlyList<StatementRender> Getter)
    : MemberRender(DocLines, [])
{
    public override string Kind => "property";
}
