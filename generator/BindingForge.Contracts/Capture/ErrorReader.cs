using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads one entry under <c>errors:</c>.</summary>
internal static class ErrorReader
{
    public static ErrorEntry? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, $"error domain `{entry.Key.Text}`") is not { } mapping)
            return null;
        context.CheckKeys(mapping, ErrorKeys.Table);
        var result = new ErrorEntry(EntryKey.Of(entry), MetaReader.Read(mapping, context))
        {
            Type = context.String(mapping, ErrorKeys.Type),
            Success = ReadSuccess(mapping, context),
            Message = context.String(mapping, ErrorKeys.Message),
            Exception = context.Identifier(context.String(mapping, ErrorKeys.Exception), ErrorKeys.Exception.Quoted),
        };
        if (mapping.Find(ErrorKeys.Type.Key) is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, $"error domain `{entry.Key.Text}` needs a `type`: the C return type it applies to", entry.Key.Location);
        if (mapping.Find(ErrorKeys.Success.Key) is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, $"error domain `{entry.Key.Text}` needs `success`: the codes that are not errors", entry.Key.Location);
        return result;
    }

    private static ImmutableArray<SymbolOrNumber>? ReadSuccess(YamlMapping mapping, CaptureContext context)
    {
        if (mapping.Find(ErrorKeys.Success.Key) is not { } entry)
            return null;
        if (entry.Value is not YamlSequence sequence)
        {
            context.WrongKind(entry.Value, ErrorKeys.Success.Quoted, "a list of numbers or macro/enumerator names");
            return null;
        }

        var values = ImmutableArray.CreateBuilder<SymbolOrNumber>();
        foreach (var item in sequence.Items)
        {
            if (context.SymbolOrNumber(item, $"an item of {ErrorKeys.Success.Quoted}") is { } value)
                values.Add(value);
        }

        return values.ToImmutable();
    }
}
