using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads one entry under <c>globals:</c>.</summary>
internal static class GlobalReader
{
    public static GlobalEntry? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, $"global `{entry.Key.Text}`", allowNull: true) is not { } mapping)
            return null;
        context.CheckKeys(mapping, GlobalKeys.Table);
        return new GlobalEntry(EntryKey.Of(entry), MetaReader.Read(mapping, context))
        {
            String = context.Enum(mapping, GlobalKeys.String),
            Nullable = context.Bool(mapping, GlobalKeys.Nullable),
            Settable = context.Bool(mapping, GlobalKeys.Settable),
        };
    }
}
