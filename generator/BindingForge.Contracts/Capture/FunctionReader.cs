using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads one entry under <c>functions:</c> with its <c>returns</c> and <c>params</c>.</summary>
internal static class FunctionReader
{
    private static readonly KeySet Keys = new("a function entry", ["returns", "params", "leaf", "no_callbacks", "blocking", "errno", .. KeySet.EntryMeta]);

    private static readonly KeySet ReturnKeys = new("`returns`",
        ["error", "null_is_error", "string", "owned", "borrowed", "nullable", "length", "element", "parent", .. KeySet.Provenance]);

    public static FunctionEntry? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, $"function `{entry.Key.Text}`", allowNull: true) is not { } mapping)
            return null;
        context.CheckKeys(mapping, Keys);
        return new FunctionEntry(EntryKey.Of(entry), MetaReader.Read(mapping, context))
        {
            Returns = mapping.Find("returns") is { } returns ? ReadReturns(returns, context) : null,
            Params = mapping.Find("params") is { } parameters ? ReadParams(parameters, context) : [],
            Leaf = context.Bool(mapping, "leaf"),
            NoCallbacks = context.Bool(mapping, "no_callbacks"),
            Blocking = context.Bool(mapping, "blocking"),
            Errno = context.Bool(mapping, "errno"),
        };
    }

    private static ReturnEntry? ReadReturns(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, "`returns`") is not { } mapping)
            return null;
        context.CheckKeys(mapping, ReturnKeys);
        return new ReturnEntry(mapping.Location, MetaReader.Read(mapping, context))
        {
            Error = context.String(mapping, "error"),
            NullIsError = context.Bool(mapping, "null_is_error"),
            String = context.Enum(mapping, "string", Spellings.String),
            Owned = FactReader.Owned(mapping, context),
            Borrowed = FactReader.Borrowed(mapping, context),
            Nullable = context.Bool(mapping, "nullable"),
            Length = FactReader.Length(mapping, context),
            Element = context.String(mapping, "element"),
            Parent = context.TextOrList(mapping, "parent"),
        };
    }

    private static ImmutableArray<ParamEntry> ReadParams(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, "`params`", allowNull: true) is not { } mapping)
            return [];
        var result = ImmutableArray.CreateBuilder<ParamEntry>();
        foreach (var param in mapping.Entries)
        {
            if (ParamReader.Read(param, context) is { } read)
                result.Add(read);
        }

        return result.ToImmutable();
    }
}
