namespace BindingForge.Generator.Safe.Rendering;

/// <summary>A constructor that chains to its base: the signature, <c>: base(...)</c> on the next line, then the body.</summary>
/// <param name="Signature">Modifiers, name and parameters (<c>internal Statement()</c>).</param>
/// <param name="Initializer">The constructor initializer without the colon (<c>base(ThreadingMode.Exclusive, ...)</c>).</param>
/// <param name="Body">The statements of the body; often none.</param>
internal sealed record ConstructorRender(IReadOnlyList<string> DocLines, string Name, string Signature, string Initializer, IReadOnlyList<StatementRender> Body)
    : MemberRender(DocLines, [], Name)
{
    public override string Kind => "constructor";

    public override Output.EmittedMemberKind DeclaredAs => Output.EmittedMemberKind.Constructor;
}
