using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads one entry under <c>handles:</c>.</summary>
internal static class HandleReader
{
    public static HandleEntry? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, $"handle `{entry.Key.Text}`", allowNull: true) is not { } mapping)
            return null;
        context.CheckKeys(mapping, HandleKeys.Table);
        return new HandleEntry(EntryKey.Of(entry), MetaReader.Read(mapping, context))
        {
            Class = context.Identifier(context.String(mapping, HandleKeys.Class), HandleKeys.Class.Quoted),
            Release = context.String(mapping, HandleKeys.Release),
            Retain = context.String(mapping, HandleKeys.Retain),
            Parent = context.String(mapping, HandleKeys.Parent),
            Base = context.String(mapping, HandleKeys.Base),
            Sink = context.String(mapping, HandleKeys.Sink),
            Threading = context.Enum(mapping, HandleKeys.Threading),
            ReleaseOn = context.Enum(mapping, HandleKeys.ReleaseOn),
            Pool = context.Bool(mapping, HandleKeys.Pool),
        };
    }
}
