namespace BindingForge.Generator.Safe.Rendering;

/// <summary>
/// One member of a generated class, as the template lays it out: its <c>///</c> lines and attributes, then what
/// <see cref="Kind"/> says it is. The class template prints members in order with a blank line between them.
/// </summary>
/// <param name="DocLines">Complete <c>///</c> lines, unindented.</param>
/// <param name="Attributes">Complete attribute lines (<c>[MethodImpl(MethodImplOptions.NoInlining)]</c>), unindented.</param>
/// <param name="Name">The member's name as declared (the class name for a constructor): what the run reports it
/// emitted (<see cref="Output.EmittedSurface"/>), so that a check can compare it with what the file declares.</param>
internal abstract record MemberRender(IReadOnlyList<string> DocLines, IReadOnlyList<string> Attributes, string Name)
{
    /// <summary>What the member is, for the template's switch: <c>method</c>, <c>expression</c>, <c>constructor</c>
    /// or <c>property</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>What C# declares: a method, a property or a constructor.</summary>
    public abstract Output.EmittedMemberKind DeclaredAs { get; }
}
