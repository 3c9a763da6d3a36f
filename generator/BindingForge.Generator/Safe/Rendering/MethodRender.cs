namespace BindingForge.Generator.Safe.Rendering;

/// <summary>A method with a block body: the signature line, then its statements in braces.</summary>
/// <param name="Signature">Modifiers, return type, name and parameters (<c>public string? Sql()</c>).</param>
/// <param name="Body">The statements of the body.</param>
internal sealed record MethodRender(IReadOnlyList<string> DocLines, IReadOnlyList<string> Attributes, string Name, string Signature, IReadOnlyList<StatementRender> Body)
    : MemberRender(DocLines, Attributes, Name)
{
    public override string Kind => "method";

    public override Output.EmittedMemberKind DeclaredAs => Output.EmittedMemberKind.Method;
}
