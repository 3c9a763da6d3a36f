using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads one entry under <c>structs:</c> (caller-allocated structs with init/cleanup pairs).</summary>
internal static class StructReader
{
    public static StructEntry? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, $"struct `{entry.Key.Text}`") is not { } mapping)
            return null;
        context.CheckKeys(mapping, StructKeys.Table);
        if (mapping.Find(StructKeys.Init.Key) is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey,
                $"struct `{entry.Key.Text}` needs `init`: the functions that initialise it in place", entry.Key.Location);
        return new StructEntry(EntryKey.Of(entry), MetaReader.Read(mapping, context))
        {
            Class = context.Identifier(context.String(mapping, StructKeys.Class), StructKeys.Class.Quoted),
            Init = mapping.Find(StructKeys.Init.Key) is { } init ? ReadInits(init, context) : null,
            Cleanup = context.String(mapping, StructKeys.Cleanup),
            Fields = mapping.Find(StructKeys.Fields.Key) is { } fields ? ReadFields(fields, context) : [],
            Threading = context.Enum(mapping, StructKeys.Threading),
            ReleaseOn = context.Enum(mapping, StructKeys.ReleaseOn),
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
                if (context.Text(item, $"an item of {StructKeys.Init.Quoted}") is { } name)
                    result.Add(new StructInitEntry(name, EntryMeta.Empty));
            }

            return result.ToImmutable();
        }

        if (context.Mapping(entry.Value, StructKeys.Init.Quoted) is not { } mapping)
            return null;
        foreach (var init in mapping.Entries)
        {
            if (context.Mapping(init.Value, $"init `{init.Key.Text}`", allowNull: true) is not { } facts)
                continue;
            context.CheckKeys(facts, InitKeys.Table);
            result.Add(new StructInitEntry(EntryKey.Of(init), MetaReader.Read(facts, context))
            {
                Cleanup = context.String(facts, InitKeys.Cleanup),
            });
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<FieldEntry> ReadFields(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, StructKeys.Fields.Quoted) is not { } mapping)
            return [];
        var result = ImmutableArray.CreateBuilder<FieldEntry>();
        foreach (var field in mapping.Entries)
        {
            if (context.Mapping(field.Value, $"field `{field.Key.Text}`") is not { } facts)
                continue;
            context.CheckKeys(facts, FieldKeys.Table);
            result.Add(new FieldEntry(EntryKey.Of(field), MetaReader.Read(facts, context))
            {
                Array = context.Enum(facts, FieldKeys.Array),
                Length = FactReader.Length(facts, FieldKeys.Length, context),
                Element = context.String(facts, FieldKeys.Element),
                String = context.Enum(facts, FieldKeys.String),
                Nullable = context.Bool(facts, FieldKeys.Nullable),
            });
        }

        return result.ToImmutable();
    }
}
