using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads one entry under a function's <c>params:</c>.</summary>
internal static class ParamReader
{
    private static readonly KeySet Keys = new("a parameter entry",
    [
        "string", "nullable", "out", "free", "of", "owned", "borrowed", "consumed", "array", "length", "element",
        "callback", "inout", "value", "parent", "fields", "name", .. KeySet.Provenance,
    ]);

    public static ParamEntry? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, $"parameter `{entry.Key.Text}`", allowNull: true) is not { } mapping)
            return null;
        context.CheckKeys(mapping, Keys);
        return new ParamEntry(EntryKey.Of(entry), MetaReader.Read(mapping, context))
        {
            String = context.Enum(mapping, "string", Spellings.String),
            Nullable = context.Bool(mapping, "nullable"),
            Out = context.Enum(mapping, "out", Spellings.Out),
            Free = context.String(mapping, "free"),
            Of = context.String(mapping, "of"),
            Owned = FactReader.Owned(mapping, context),
            Borrowed = FactReader.Borrowed(mapping, context),
            Consumed = context.Bool(mapping, "consumed"),
            Array = context.Enum(mapping, "array", Spellings.Array),
            Length = FactReader.Length(mapping, context),
            Element = context.String(mapping, "element"),
            Callback = FactReader.Callback(mapping, context),
            InOut = context.Bool(mapping, "inout"),
            Value = FactReader.Value(mapping, context),
            Parent = context.TextOrList(mapping, "parent"),
            Fields = context.TextList(mapping, "fields"),
        };
    }
}
