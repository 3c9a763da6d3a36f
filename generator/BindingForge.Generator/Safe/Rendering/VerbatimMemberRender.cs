namespace BindingForge.Generator.Safe.Rendering;

/// <summary>
/// A member its builder still writes as text (the callback trampolines of <c>CallbackTypes</c>): complete lines,
/// docs and attributes included, already indented for the class body. Printed as they are.
/// </summary>
internal sealed record VerbatimMemberRender(IReadOnlyList<string> Lines) : MemberRender([], [])
{
    public override string Kind => "lines";
}
