using BindingForge.Model;

namespace BindingForge.Contracts.Yaml;

/// <summary>
/// A node of the small YAML tree the loader builds from parser events: scalars, mappings and sequences with
/// their source positions. Aliases never appear (the reader rejects them).
/// </summary>
internal abstract record YamlNode(SourceLocation Location)
{
    /// <summary>What the node is, for "expected X, found Y" messages.</summary>
    public abstract string KindName { get; }
}
