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
            Success = ReadCodes(mapping, ErrorKeys.Success, context),
            Message = context.String(mapping, ErrorKeys.Message),
            Exception = context.Identifier(context.String(mapping, ErrorKeys.Exception), ErrorKeys.Exception.Quoted),
            Code = context.String(mapping, ErrorKeys.Code),
            CodeText = context.String(mapping, ErrorKeys.CodeText),
            Lock = ReadLock(mapping, context),
            Enum = context.Identifier(context.String(mapping, ErrorKeys.Enum), ErrorKeys.Enum.Quoted),
        };
        if (mapping.Find(ErrorKeys.Type.Key) is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, $"error domain `{entry.Key.Text}` needs a `type`: the C return type it applies to", entry.Key.Location);
        if (mapping.Find(ErrorKeys.Success.Key) is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, $"error domain `{entry.Key.Text}` needs `success`: the codes that are not errors", entry.Key.Location);
        return result;
    }

    /// <summary><c>lock: handle</c> or <c>lock: { mutex, enter, leave }</c>, all three named.</summary>
    private static LockSyntax? ReadLock(YamlMapping mapping, CaptureContext context)
    {
        if (mapping.Find(ErrorKeys.Lock.Key) is not { } entry)
            return null;
        if (entry.Value is YamlScalar { IsNull: false, Text: ErrorKeys.HandleLock } word)
            return new LockSyntax(word.Location) { IsHandleLock = true };
        if (entry.Value is not YamlMapping lockMapping)
        {
            context.WrongKind(entry.Value, ErrorKeys.Lock.Quoted, $"`{ErrorKeys.HandleLock}` or {{ mutex: function, enter: function, leave: function }}");
            return null;
        }

        context.CheckKeys(lockMapping, LockKeys.Table);
        foreach (var row in LockKeys.Table.Rows.Where(r => lockMapping.Find(r.Key) is null))
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, $"`lock` needs {row.Quoted}: {row.Doc}", entry.Key.Location);
        return new LockSyntax(lockMapping.Location)
        {
            Mutex = context.String(lockMapping, LockKeys.Mutex),
            Enter = context.String(lockMapping, LockKeys.Enter),
            Leave = context.String(lockMapping, LockKeys.Leave),
        };
    }

    /// <summary>A list of codes: numbers or macro/enumerator names (<c>success</c>, <c>codes</c>).</summary>
    public static ImmutableArray<SymbolOrNumber>? ReadCodes(YamlMapping mapping, KeyRow row, CaptureContext context)
    {
        if (mapping.Find(row.Key) is not { } entry)
            return null;
        if (entry.Value is not YamlSequence sequence)
        {
            context.WrongKind(entry.Value, row.Quoted, "a list of numbers or macro/enumerator names");
            return null;
        }

        var values = ImmutableArray.CreateBuilder<SymbolOrNumber>();
        foreach (var item in sequence.Items)
        {
            if (context.SymbolOrNumber(item, $"an item of {row.Quoted}") is { } value)
                values.Add(value);
        }

        return values.ToImmutable();
    }
}
