using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>
/// Reads the facts that take more than one shape: <c>owned</c>, <c>borrowed</c>, <c>length</c>, <c>callback</c>,
/// <c>value</c>. Each takes the row it reads, as the row of the parameter, return or field it is on.
/// </summary>
internal static class FactReader
{
    /// <summary><c>owned: true|false</c> or <c>owned: { free: fn }</c>.</summary>
    public static OwnedSyntax? Owned(YamlMapping parent, KeyRow key, CaptureContext context)
    {
        if (parent.Find(key.Key) is not { } entry)
            return null;
        if (CaptureContext.ParseBool(entry.Value) is { } flag)
            return new OwnedSyntax(entry.Value.Location) { Flag = new(flag, entry.Value.Location) { KeyLocation = entry.Key.Location } };
        if (entry.Value is not YamlMapping mapping)
        {
            context.WrongKind(entry.Value, key.Quoted, "true, false or { free: function }");
            return null;
        }

        context.CheckKeys(mapping, OwnedKeys.Table);
        return new OwnedSyntax(mapping.Location)
        {
            Free = context.String(mapping, OwnedKeys.Free),
            Floating = context.Bool(mapping, OwnedKeys.Floating),
            Elements = context.String(mapping, OwnedKeys.Elements),
        };
    }

    /// <summary><c>borrowed: true|false</c>, <c>borrowed: { until: [...] }</c> or <c>borrowed: { of: param }</c>.</summary>
    public static BorrowedSyntax? Borrowed(YamlMapping parent, KeyRow key, CaptureContext context)
    {
        if (parent.Find(key.Key) is not { } entry)
            return null;
        if (CaptureContext.ParseBool(entry.Value) is { } flag)
            return new BorrowedSyntax(entry.Value.Location) { Flag = new(flag, entry.Value.Location) { KeyLocation = entry.Key.Location } };
        if (entry.Value is not YamlMapping mapping)
        {
            context.WrongKind(entry.Value, key.Quoted, "true, false, { until: [functions] } or { of: parameter }");
            return null;
        }

        context.CheckKeys(mapping, BorrowedKeys.Table);
        return new BorrowedSyntax(mapping.Location)
        {
            Until = context.TextList(mapping, BorrowedKeys.Until),
            Of = context.String(mapping, BorrowedKeys.Of),
        };
    }

    /// <summary><c>length: name</c>, <c>length: null-terminated</c>, <c>length: { fixed: N }</c>, <c>length: { call: fn }</c>.</summary>
    public static LengthSyntax? Length(YamlMapping parent, KeyRow key, CaptureContext context)
    {
        if (parent.Find(key.Key) is not { } entry)
            return null;
        if (entry.Value is YamlScalar { IsNull: false } scalar)
        {
            return scalar.Text == Shapes.NullTerminated
                ? new LengthSyntax(scalar.Location) { NullTerminated = true }
                : new LengthSyntax(scalar.Location) { Name = new(scalar.Text, scalar.Location) { KeyLocation = entry.Key.Location } };
        }

        if (entry.Value is not YamlMapping mapping || mapping.Entries.Length != 1)
        {
            context.WrongKind(entry.Value, key.Quoted, "a parameter name, null-terminated, { fixed: N } or { call: function }");
            return null;
        }

        context.CheckKeys(mapping, LengthKeys.Table);
        return new LengthSyntax(mapping.Location)
        {
            Fixed = context.Integer(mapping, LengthKeys.Fixed),
            Call = context.String(mapping, LengthKeys.Call),
        };
    }

    /// <summary><c>callback: { scope, user_data, destroy, user_data_arg, user_data_from: { call, arg } }</c>.</summary>
    public static CallbackSyntax? Callback(YamlMapping parent, KeyRow key, CaptureContext context)
    {
        if (parent.Find(key.Key) is not { } entry || context.Mapping(entry.Value, key.Quoted) is not { } mapping)
            return null;
        context.CheckKeys(mapping, CallbackKeys.Table);
        if (mapping.Find(CallbackKeys.Scope.Key) is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, "`callback` needs a `scope`: call, async, notified or forever", entry.Key.Location);
        var callback = new CallbackSyntax(mapping.Location)
        {
            Scope = context.Enum(mapping, CallbackKeys.Scope),
            UserData = context.String(mapping, CallbackKeys.UserData),
            Destroy = context.String(mapping, CallbackKeys.Destroy),
            UserDataArg = context.Integer(mapping, CallbackKeys.UserDataArg),
            Args = context.TextList(mapping, CallbackKeys.Args),
        };
        if (mapping.Find(CallbackKeys.UserDataFrom.Key) is not { } from || context.Mapping(from.Value, CallbackKeys.UserDataFrom.Quoted) is not { } fromMapping)
            return callback;
        context.CheckKeys(fromMapping, UserDataFromKeys.Table);
        if (fromMapping.Find(UserDataFromKeys.Call.Key) is null || fromMapping.Find(UserDataFromKeys.Arg.Key) is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, "`user_data_from` needs `call` (the function) and `arg` (the callback argument passed to it)", from.Key.Location);
        return callback with
        {
            UserDataFrom = context.String(fromMapping, UserDataFromKeys.Call),
            UserDataFromArg = context.Integer(fromMapping, UserDataFromKeys.Arg),
        };
    }

    /// <summary><c>value: 42</c>, <c>value: SQLITE_TRANSIENT</c> or <c>value: { sizeof: z_stream }</c>.</summary>
    public static ValueSyntax? Value(YamlMapping parent, KeyRow key, CaptureContext context)
    {
        if (parent.Find(key.Key) is not { } entry)
            return null;
        if (entry.Value is YamlMapping mapping)
        {
            context.CheckKeys(mapping, ValueKeys.Table);
            if ((mapping.Find(ValueKeys.SizeOf.Key) is null) == (mapping.Find(ValueKeys.Text.Key) is null))
            {
                context.WrongKind(entry.Value, key.Quoted, "a number, a macro/enumerator name, { sizeof: type } or { text: \"...\" }");
                return null;
            }

            return new ValueSyntax(mapping.Location) { SizeOf = context.String(mapping, ValueKeys.SizeOf), Text = context.String(mapping, ValueKeys.Text) };
        }

        return context.SymbolOrNumber(entry.Value, key.Quoted) is { } constant
            ? new ValueSyntax(entry.Value.Location) { Constant = constant }
            : null;
    }
}
