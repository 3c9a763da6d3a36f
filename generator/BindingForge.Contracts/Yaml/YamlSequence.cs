using System.Collections.Immutable;
using BindingForge.Model;

namespace BindingForge.Contracts.Yaml;

/// <summary>A sequence, items in source order.</summary>
internal sealed record YamlSequence(ImmutableArray<YamlNode> Items, SourceLocation Location) : YamlNode(Location)
{
    public override string KindName => "a list";
}
