using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads one entry under a function's <c>params:</c>.</summary>
internal static class ParamReader
{
    public static ParamEntry? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, $"parameter `{entry.Key.Text}`", allowNull: true) is not { } mapping)
            return null;
        context.CheckKeys(mapping, ParamKeys.Table);
        return new ParamEntry(EntryKey.Of(entry), MetaReader.Read(mapping, context))
        {
            String = context.Enum(mapping, ParamKeys.String),
            Nullable = context.Bool(mapping, ParamKeys.Nullable),
            Out = context.Enum(mapping, ParamKeys.Out),
            Free = context.String(mapping, ParamKeys.Free),
            Of = context.String(mapping, ParamKeys.Of),
            FromPool = context.String(mapping, ParamKeys.FromPool),
            MovesTo = context.String(mapping, ParamKeys.MovesTo),
            Owned = FactReader.Owned(mapping, ParamKeys.Owned, context),
            Borrowed = FactReader.Borrowed(mapping, ParamKeys.Borrowed, context),
            Consumed = Consumed(mapping, context, onSuccess: false),
            ConsumedOnSuccess = Consumed(mapping, context, onSuccess: true),
            KeptBy = context.String(mapping, ParamKeys.KeptBy),
            Array = context.Enum(mapping, ParamKeys.Array),
            Length = FactReader.Length(mapping, ParamKeys.Length, context),
            Element = context.String(mapping, ParamKeys.Element),
            Callback = FactReader.Callback(mapping, ParamKeys.Callback, context),
            InOut = context.Bool(mapping, ParamKeys.InOut),
            Value = FactReader.Value(mapping, ParamKeys.Value, context),
            Parent = context.TextOrList(mapping, ParamKeys.Parent),
            Fields = context.TextList(mapping, ParamKeys.Fields),
            Optional = context.Bool(mapping, ParamKeys.Optional),
        };
    }

    /// <summary><c>consumed: true|false|on_success</c>: whether it is consumed, or (<paramref name="onSuccess"/>) whether
    /// only on success; the wrong-kind error is reported once, by the first read.</summary>
    private static Located<bool>? Consumed(YamlMapping mapping, CaptureContext context, bool onSuccess)
    {
        if (mapping.Find(ParamKeys.Consumed.Key) is not { } entry)
            return null;
        if (entry.Value is YamlScalar { IsPlain: true, Text: ParamKeys.OnSuccess } scalar)
            return new Located<bool>(true, scalar.Location) { KeyLocation = entry.Key.Location };
        if (onSuccess)
            return null;
        if (CaptureContext.ParseBool(entry.Value) is { } value)
            return new Located<bool>(value, entry.Value.Location) { KeyLocation = entry.Key.Location };
        context.WrongKind(entry.Value, ParamKeys.Consumed.Quoted, $"true, false or {ParamKeys.OnSuccess}");
        return null;
    }
}
