using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>An entry's key as a located text.</summary>
internal static class EntryKey
{
    public static Located<string> Of(YamlEntry entry) => new(entry.Key.Text, entry.Key.Location);
}
