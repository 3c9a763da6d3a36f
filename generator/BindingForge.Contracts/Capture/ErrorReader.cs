using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads one entry under <c>errors:</c>.</summary>
internal static class ErrorReader
{
    private static readonly KeySet Keys = new("an errors entry", ["type", "success", "message", "exception", .. KeySet.EntryMeta]);

    public static ErrorEntry? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, $"error domain `{entry.Key.Text}`") is not { } mapping)
            return null;
        context.CheckKeys(mapping, Keys);
        var result = new ErrorEntry(EntryKey.Of(entry), MetaReader.Read(mapping, context))
        {
            Type = context.String(mapping, "type"),
            Success = ReadSuccess(mapping, context),
            Message = context.String(mapping, "message"),
            Exception = context.Identifier(context.String(mapping, "exception"), "`exception`"),
        };
        if (mapping.Find("type") is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, $"error domain `{entry.Key.Text}` needs a `type`: the C return type it applies to", entry.Key.Location);
        if (mapping.Find("success") is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, $"error domain `{entry.Key.Text}` needs `success`: the codes that are not errors", entry.Key.Location);
        return result;
    }

    private static ImmutableArray<SymbolOrNumber>? ReadSuccess(YamlMapping mapping, CaptureContext context)
    {
        if (mapping.Find("success") is not { } entry)
            return null;
        if (entry.Value is not YamlSequence sequence)
        {
            context.WrongKind(entry.Value, "`success`", "a list of numbers or macro/enumerator names");
            return null;
        }

        var values = ImmutableArray.CreateBuilder<SymbolOrNumber>();
        foreach (var item in sequence.Items)
        {
            if (context.SymbolOrNumber(item, "an item of `success`") is { } value)
                values.Add(value);
        }

        return values.ToImmutable();
    }
}
