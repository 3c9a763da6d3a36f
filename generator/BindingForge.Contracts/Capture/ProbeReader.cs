using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads a function's <c>probe:</c> hints: <c>{ args: [":memory:", _, 0, null] }</c>.</summary>
internal static class ProbeReader
{
    public static ProbeHints? Read(YamlMapping function, CaptureContext context)
    {
        if (function.Find(FunctionKeys.Probe.Key) is not { } entry || context.Mapping(entry.Value, FunctionKeys.Probe.Quoted) is not { } mapping)
            return null;
        context.CheckKeys(mapping, ProbeKeys.Table);
        if (mapping.Find(ProbeKeys.Args.Key) is not { } args)
            return new ProbeHints([], mapping.Location);
        if (args.Value is not YamlSequence sequence)
        {
            context.WrongKind(args.Value, ProbeKeys.Args.Quoted, "a list of literal arguments");
            return null;
        }

        var items = ImmutableArray.CreateBuilder<ProbeArgument>();
        foreach (var item in sequence.Items)
        {
            if (item is not YamlScalar scalar)
                context.WrongKind(item, $"an item of {ProbeKeys.Args.Quoted}", "an integer, a string, `null` or `_`");
            else
                items.Add(Argument(scalar));
        }

        return new ProbeHints(items.ToImmutable(), mapping.Location);
    }

    private static ProbeArgument Argument(YamlScalar scalar)
    {
        if (scalar.IsNull)
            return new ProbeArgument(ProbeArgumentKind.Null, scalar.Text, 0, scalar.Location);
        if (scalar.IsPlain && scalar.Text == "_")
            return new ProbeArgument(ProbeArgumentKind.Supplied, scalar.Text, 0, scalar.Location);
        if (scalar.IsPlain && YamlNumbers.TryParseInteger(scalar.Text, out var value) && value >= long.MinValue && value <= ulong.MaxValue)
            return new ProbeArgument(ProbeArgumentKind.Integer, scalar.Text, unchecked((long)value), scalar.Location);
        return new ProbeArgument(ProbeArgumentKind.Text, scalar.Text, 0, scalar.Location);
    }
}
