namespace BindingForge.Generator.Safe.Rendering;

/// <summary>An enum of the safe layer: <c>public enum SettingsIntOption { Level = 1, Retries = 2 }</c>.</summary>
/// <param name="DocLines">Complete <c>///</c> lines.</param>
/// <param name="Name">The enum's name.</param>
/// <param name="Underlying">Its underlying C# type (<c>int</c>).</param>
/// <param name="Members">Its members, in the contract's order.</param>
internal sealed record EnumRender(IReadOnlyList<string> DocLines, string Name, string Underlying, IReadOnlyList<EnumMemberRender> Members)
{
    /// <summary>Attribute lines (<c>[Flags]</c>).</summary>
    public IReadOnlyList<string> Attributes { get; init; } = [];
}

/// <summary>One member: <c>Level = 1</c>, with its doc line naming the C constant.</summary>
internal sealed record EnumMemberRender(string DocLine, string Name, string Value);
