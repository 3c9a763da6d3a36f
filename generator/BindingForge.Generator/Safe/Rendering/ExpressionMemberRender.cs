namespace BindingForge.Generator.Safe.Rendering;

/// <summary>An expression-bodied method: <c>protected override void Free(nint pointer) => ...;</c>.</summary>
/// <param name="Signature">Modifiers, return type, name and parameters.</param>
/// <param name="Expression">The body's expression, without the semicolon.</param>
/// <param name="Wrapped">True to put the expression on its own line, one level deeper than the signature.</param>
internal sealed record ExpressionMemberRender(IReadOnlyList<string> DocLines, IReadOnlyList<string> Attributes, string Name, string Signature, string Expression, bool Wrapped)
    : MemberRender(DocLines, Attributes, Name)
{
    public override string Kind => "expression";

    public override Output.EmittedMemberKind DeclaredAs => Output.EmittedMemberKind.Method;
}
