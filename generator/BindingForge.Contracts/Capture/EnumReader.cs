using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads one entry under <c>enums:</c>.</summary>
internal static class EnumReader
{
    public static EnumEntry? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, $"enum `{entry.Key.Text}`") is not { } mapping)
            return null;
        context.CheckKeys(mapping, EnumKeys.Table);
        var name = context.Identifier(EntryKey.Of(entry), $"the enum name `{entry.Key.Text}`") ?? EntryKey.Of(entry);
        if (mapping.Find(EnumKeys.Values.Key) is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, $"enum `{entry.Key.Text}` needs `values`: the constants that are its members", entry.Key.Location);
        return new EnumEntry(name, MetaReader.Read(mapping, context))
        {
            Values = context.TextList(mapping, EnumKeys.Values),
            Exclude = context.TextList(mapping, EnumKeys.Exclude),
            Flags = context.Bool(mapping, EnumKeys.Flags),
            Members = Members(mapping, context),
        };
    }

    private static ImmutableArray<EnumMemberEntry> Members(YamlMapping mapping, CaptureContext context)
    {
        if (mapping.Find(EnumKeys.Members.Key) is not { } entry || context.Mapping(entry.Value, EnumKeys.Members.Quoted) is not { } members)
            return [];
        var result = ImmutableArray.CreateBuilder<EnumMemberEntry>();
        foreach (var member in members.Entries)
        {
            if (context.Mapping(member.Value, $"member `{member.Key.Text}`") is not { } facts)
                continue;
            context.CheckKeys(facts, EnumMemberKeys.Table);
            if (facts.Find(EnumMemberKeys.Name.Key) is null)
                context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, $"member `{member.Key.Text}` needs `name`: the C# name it gets", member.Key.Location);
            else if (context.Identifier(context.String(facts, EnumMemberKeys.Name), EnumMemberKeys.Name.Quoted) is { } name)
                result.Add(new EnumMemberEntry(EntryKey.Of(member), name));
        }

        return result.ToImmutable();
    }
}
