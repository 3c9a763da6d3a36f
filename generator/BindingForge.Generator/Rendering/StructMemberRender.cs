using BindingForge.Generator.Output;

namespace BindingForge.Generator.Rendering;

/// <summary>
/// A generated member of a struct other than a field or a bitfield property: a constant, or a method with an
/// expression body or a statement body. Either <paramref name="Expression"/> or <paramref name="Statements"/> is
/// set for a method; neither for a constant, whose <paramref name="Declaration"/> holds its value.
/// </summary>
/// <param name="Surface">What it declares, for the emitted surface the output is checked against.</param>
/// <param name="DocLines">Complete <c>///</c> lines, unindented.</param>
/// <param name="Attributes">Complete attribute lines, such as <c>[UnscopedRef]</c>.</param>
/// <param name="Declaration">The declaration without body or semicolon, e.g. <c>public const int Alignment = 64</c>.</param>
/// <param name="Expression">The expression of an expression-bodied member, or null.</param>
/// <param name="Statements">The statements of a block body; empty otherwise.</param>
internal sealed record StructMemberRender(
    EmittedMember Surface,
    IReadOnlyList<string> DocLines,
    IReadOnlyList<string> Attributes,
    string Declaration,
    string? Expression,
    IReadOnlyList<string> Statements)
{
    /// <summary>A constant: <c>public const int Alignment = 64;</c>.</summary>
    public static StructMemberRender Constant(string name, IReadOnlyList<string> docLines, string declaration) =>
        new(new EmittedMember(EmittedMemberKind.Constant, name), docLines, [], declaration, null, []);

    /// <summary>The member's kind and name as the emitted surface lists them.</summary>
    public static EmittedMember Method(string name) => new(EmittedMemberKind.Method, name);
}
