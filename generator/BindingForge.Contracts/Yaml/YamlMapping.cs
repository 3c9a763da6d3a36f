using System.Collections.Immutable;
using BindingForge.Model;

namespace BindingForge.Contracts.Yaml;

/// <summary>A mapping, entries in source order. Keys are unique (the reader reports duplicates).</summary>
internal sealed record YamlMapping(ImmutableArray<YamlEntry> Entries, SourceLocation Location) : YamlNode(Location)
{
    public override string KindName => "a mapping";

    public YamlEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Text == key);
}
