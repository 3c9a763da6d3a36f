using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads one entry under <c>handles:</c>.</summary>
internal static class HandleReader
{
    private static readonly KeySet Keys = new("a handle entry",
        ["class", "release", "retain", "parent", "threading", "release_on", .. KeySet.EntryMeta]);

    public static HandleEntry? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, $"handle `{entry.Key.Text}`", allowNull: true) is not { } mapping)
            return null;
        context.CheckKeys(mapping, Keys);
        return new HandleEntry(EntryKey.Of(entry), MetaReader.Read(mapping, context))
        {
            Class = context.Identifier(context.String(mapping, "class"), "`class`"),
            Release = context.String(mapping, "release"),
            Retain = context.String(mapping, "retain"),
            Parent = context.String(mapping, "parent"),
            Threading = context.Enum(mapping, "threading", Spellings.Threading),
            ReleaseOn = context.Enum(mapping, "release_on", Spellings.ReleaseOn),
        };
    }
}
