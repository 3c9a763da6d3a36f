using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads <c>status</c>, <c>source</c>, <c>note</c>, <c>skip</c> and <c>name</c> from an entry's mapping.</summary>
internal static class MetaReader
{
    public static EntryMeta Read(YamlMapping mapping, CaptureContext context) => new()
    {
        Status = context.Enum(mapping, MetaKeys.Status),
        Source = context.String(mapping, MetaKeys.Source),
        Note = context.String(mapping, MetaKeys.Note),
        Skip = ReadSkip(mapping, context),
        Name = context.Identifier(context.String(mapping, MetaKeys.Name), MetaKeys.Name.Quoted),
    };

    /// <summary><c>skip: true|false</c> or <c>skip: reason</c>; <c>skip: false</c> reads as no skip at all.</summary>
    private static Located<SkipFact>? ReadSkip(YamlMapping mapping, CaptureContext context)
    {
        if (mapping.Find(MetaKeys.Skip.Key) is not { } entry)
            return null;
        var location = entry.Value.Location;
        if (CaptureContext.ParseBool(entry.Value) is { } flag)
            return flag ? new Located<SkipFact>(new SkipFact(null), location) { KeyLocation = entry.Key.Location } : null;
        if (context.Text(entry.Value, MetaKeys.Skip.Quoted) is { } reason)
            return new Located<SkipFact>(new SkipFact(reason.Value), location) { KeyLocation = entry.Key.Location };
        return null;
    }
}
