using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads one entry under <c>structs:</c> (caller-allocated structs with init/cleanup pairs).</summary>
internal static class StructReader
{
    private static readonly KeySet Keys = new("a struct entry",
        ["class", "init", "cleanup", "fields", "threading", "release_on", .. KeySet.EntryMeta]);

    private static readonly KeySet InitKeys = new("an init entry", ["cleanup", "name", .. KeySet.Provenance]);

    private static readonly KeySet FieldKeys = new("a field entry",
        ["array", "length", "element", "string", "nullable", .. KeySet.Provenance]);

    public static StructEntry? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, $"struct `{entry.Key.Text}`") is not { } mapping)
            return null;
        context.CheckKeys(mapping, Keys);
        if (mapping.Find("init") is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey,
                $"struct `{entry.Key.Text}` needs `init`: the functions that initialise it in place", entry.Key.Location);
        return new StructEntry(EntryKey.Of(entry), MetaReader.Read(mapping, context))
        {
            Class = context.Identifier(context.String(mapping, "class"), "`class`"),
            Init = mapping.Find("init") is { } init ? ReadInits(init, context) : null,
            Cleanup = context.String(mapping, "cleanup"),
            Fields = mapping.Find("fields") is { } fields ? ReadFields(fields, context) : [],
            Threading = context.Enum(mapping, "threading", Spellings.Threading),
            ReleaseOn = context.Enum(mapping, "release_on", Spellings.ReleaseOn),
        };
    }

    /// <summary><c>init: [a, b]</c> (all use the struct's <c>cleanup</c>) or <c>init: { a: { cleanup: x } }</c>.</summary>
    private static ImmutableArray<StructInitEntry>? ReadInits(YamlEntry entry, CaptureContext context)
    {
        var result = ImmutableArray.CreateBuilder<StructInitEntry>();
        if (entry.Value is YamlSequence sequence)
        {
            foreach (var item in sequence.Items)
            {
                if (context.Text(item, "an item of `init`") is { } name)
                    result.Add(new StructInitEntry(name, EntryMeta.Empty));
            }

            return result.ToImmutable();
        }

        if (context.Mapping(entry.Value, "`init`") is not { } mapping)
            return null;
        foreach (var init in mapping.Entries)
        {
            if (context.Mapping(init.Value, $"init `{init.Key.Text}`", allowNull: true) is not { } facts)
                continue;
            context.CheckKeys(facts, InitKeys);
            result.Add(new StructInitEntry(EntryKey.Of(init), MetaReader.Read(facts, context))
            {
                Cleanup = context.String(facts, "cleanup"),
            });
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<FieldEntry> ReadFields(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, "`fields`") is not { } mapping)
            return [];
        var result = ImmutableArray.CreateBuilder<FieldEntry>();
        foreach (var field in mapping.Entries)
        {
            if (context.Mapping(field.Value, $"field `{field.Key.Text}`") is not { } facts)
                continue;
            context.CheckKeys(facts, FieldKeys);
            result.Add(new FieldEntry(EntryKey.Of(field), MetaReader.Read(facts, context))
            {
                Array = context.Enum(facts, "array", Spellings.Array),
                Length = FactReader.Length(facts, context),
                Element = context.String(facts, "element"),
                String = context.Enum(facts, "string", Spellings.String),
                Nullable = context.Bool(facts, "nullable"),
            });
        }

        return result.ToImmutable();
    }
}
